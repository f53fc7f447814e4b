# homework 1, kai
a = 2
b = -3
c = 10
f = -2
L = f*(c + a*b)
n = x1*w1 + x2*w2 + bias
o = tanh(n)
loss = (y - w*x)^2
