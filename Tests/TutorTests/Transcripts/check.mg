# :check compares every gradient with a central finite difference.
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:check L
x = 3; y = x + x; p = x*y; q = x + y; r = p*q
:check
# micrograd's README example: every op of the engine, several uses.
a = -4
b = 2
c = a + b
d = a*b + b^3
c = c + c + 1
c = c + 1 + c + (-a)
d = d + d*2 + relu(b + a)
d = d + 3*d + relu(b - a)
e = c - d
f = e^2
g = f/2
g = g + 10/f
:check g
# Every function at once.
z = 0.7
s = sin(z)*cos(z) + sqrt(z) + log(z) + abs(z - 1) + sigmoid(z) + exp(-z) + tanh(z)^2 + relu(z)
:check s
# relu at 0 has no derivative: the check says so.
k = relu(z - 0.7) * 3
:check k
:check z
# Near an edge of the domain the nudge is made smaller; at the edge itself
# nothing can be compared, and the report does not claim agreement.
t = 1e-9
u = log(t)
:check u
t = 0
v = sqrt(t)
:check v
:check nothere
