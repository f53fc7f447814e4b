# The first graph of the README: a product and a tanh, added.
a = 2
b = -3
c = a*b + tanh(a)
:vars
