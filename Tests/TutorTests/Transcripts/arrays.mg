# Arrays: values as matrices, tables by array for large graphs.
v = [1, -2.5, 3]
m = [[1, 2], [3, 4], [5, 6]]
# A small graph keeps one row per node.
s = sum(v * v)
# A large one shows each name once, with its shape, data and gradient.
x = [[0, 0], [0, 1], [1, 0], [1, 1]]
y = [[0], [1], [1], [0]]
:seed 3
w = randn(2, 3)
h = tanh(x @ w)
loss = mean((sum(h, 1) - y)^2)
:nodes loss
# grad(output, x): d output/d x as plain numbers, in the shape of x.
grad(loss, w)
grad(loss, h)
# grad(x) differentiates the last scalar result; asking about gradients
# does not change which result that is.
grad(w)
e = sum(grad(w) - grad(loss, w))
grad(w)
# Mistakes
grad(loss, 3)
grad(h, w)
grad(loss, w, w)
# Long arrays are shortened to their ends, as NumPy prints them.
big = zeros(40, 30)
long = zeros(2000)
