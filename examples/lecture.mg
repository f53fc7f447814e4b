# The example of Karpathy's lecture: L = (a*b + c) * f
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:explain L
# The graph as micrograd's draw_dot draws it: a box per value, a node per operation
:draw L
