# :graph draws a result's graph as a tree: each node's inputs under it.
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:graph L
# The last result is the default.
:graph
# A node used more than once is drawn once; later uses point back to it.
x = 3; y = x + x; p = x*y; q = x + y; r = p*q
:graph r
# An inner named node draws just its part.
:graph y
# A plain number is a graph of one node.
:graph a
# Mistakes get a message and a way out.
:graph nothere
:graph L extra
