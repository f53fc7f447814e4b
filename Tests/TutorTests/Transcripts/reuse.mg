# A node used twice gets the sum of both paths' gradients.
a = 3
b = a + a
a * a
d = a*b; e = a + b; f = d*e
