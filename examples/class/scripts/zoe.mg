# homework 1, zoe
a = 2
b = -3
c = 10
f = -2
L = (a*b + c)*f
n = x1*w1 + x2*w2 + bias
o = tanh(n)
loss = (w*x - y)^2
