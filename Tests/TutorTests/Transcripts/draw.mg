# :draw, the graph left to right as micrograd's draw_dot draws it
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:draw L
# a node used twice is drawn once, with two edges leaving it
r = e*a + tanh(e)
:draw
# the neuron of lesson 2 is wider than 80 columns
x1 = 2
x2 = 0
w1 = -3
w2 = 1
bias = 6.8813735870195432
o = tanh(w1*x1 + w2*x2 + bias)
:draw o
# arrays: every element, up to max-draw nodes
v = [1, 2, 3]
s = sum(v*v)
:draw s
:draw v
:set max-draw 5
:draw s
:set max-draw 60
:draw nothing
:draw L svg
:draw L M
:help draw
