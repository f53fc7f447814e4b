# :dot prints Graphviz DOT, drawn like micrograd's draw_dot.
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:dot L
x = 3; y = x + x; p = x*y
:dot
# Arrays are one record each.
w = [[1, 2], [3, 4]]
loss = sum(w*w)
:dot loss
# Mistakes.
:dot L graph.txt
:dot L nowhere/graph.dot
:dot L a b
