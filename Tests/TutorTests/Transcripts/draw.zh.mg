a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:draw L
:draw L svg
:set max-draw 1
:draw L
:help draw
