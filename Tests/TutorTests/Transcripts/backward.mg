# :backward walks the backward pass one node at a time. In a script the next
# lines drive it, as at the prompt: an empty line is the next step, q stops.
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:backward L


# The last step ended it and showed the table.
# q stops early; the gradients are complete again.
x = 3; y = x + x; p = x*y; q = x + y; r = p*q
:backward r

q
# `all` prints every step at once.
:backward r all
# Any other line ends stepping and runs as usual.
:backward L
m = 5
:backward a
:backward nothere
