# Habits from Python and IPython, read as a Python user means them
a = 2
b = a * 3
_ + 1
c = _ * 2
# w -= lr * g is w = w - lr * g: the name moves to a new node
w = 1.5
w -= 0.1 * 2
w += 1
w *= 2
w /= 4
# Elements, as the tables label them
x = [[1, 2], [3, 4]]
x[1, 0]
x[0]
L = sum(x * x)
:explain L x[0,1]
grad(L, x[1, 1])
x[2, 0]
# Pasted from the README, prompts and output: the prompts dropped, the output skipped
>>> p = 3
>>> q = p * p
q = 9
  node  op    data  grad
>>> r = [1,
...      2]
r = [1, 2]

# Help and leaving, as in Python
help(relu)
?tanh
sigmoid?
help = 2
help
exit()
1 + 1
