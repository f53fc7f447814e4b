# :explain writes the chain rule at every node, with formulas and numbers.
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:explain L
# One node only: the result and the node, or NAME.grad for the last result.
:explain L a
:explain a.grad
# A node used more than once: one line per use, and their sum.
x = 3; y = x + x; p = x*y; q = x + y; r = p*q
:explain r
:explain r x
# Functions use their own formula from the engine's table.
t = tanh(a*0.5) + exp(b) / c
:explain t
# Mistakes.
:explain L nothere
:explain r a
:explain a
:explain L a b
w = [1, 2]
:explain w
