# The first graph of the README: a product and a tanh, added.
a = 2
b = -3
c = a*b + tanh(a)
:vars
# A number as an exponent has a gradient too, NaN where the base is
# negative; a note says why that is harmless.
x = -3
y = x^2
z = (x + 5)^2
# Once is enough: the next NaN exponent comes without the note.
y2 = (x - 1)^2
