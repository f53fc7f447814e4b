# Exercise 3.2 of the seed: a multilayer perceptron, line by line.
# Run it:  micrograd run examples/mlp.mg
#
# Two layers, each a matrix product, a bias and a sigmoid, trained with the
# mean squared error, as in the seed. The seed gives no data; we use XOR,
# the classic problem that no single layer can solve: the output is 1
# when exactly one input is 1.

x = [[0, 0], [0, 1], [1, 0], [1, 1]]
y = [[0], [1], [1], [0]]

# The weights start random (the seed's question 2.3: all zeros would make
# every hidden neuron the same); the biases start at 0. Four hidden neurons.
:seed 1
w1 = randn(2, 4)
b1 = zeros(1, 4)
w2 = randn(4, 1)
b2 = zeros(1, 1)

# The forward pass, as in the seed's backward_propagation. Each line is one
# array of nodes; the engine keeps every one of them for the backward pass.
z1 = x @ w1 + b1
a1 = sigmoid(z1)
z2 = a1 @ w2 + b2
a2 = sigmoid(z2)
loss = mean((y - a2)^2)

# ---- The seed's hand-written backward pass ----
# The seed writes the gradients out by hand. grad(loss, name) asks the
# engine for the same thing, d(loss)/d(name), so the two can be compared.
# The seed starts with:
dloss_dz2 = a2 - y
# and the engine says:
grad(loss, z2)
# They differ. a2 - y is the gradient of the cross-entropy loss through a
# sigmoid, but the loss here is the mean squared error, mean((y - a2)^2),
# whose gradient is 2/n (a2 - y) times the sigmoid's own derivative
# a2 (1 - a2), with n = 4 numbers in y.
# The rest of the seed's formulas carry the error on to every weight:
dloss_da1 = dloss_dz2 @ transpose(w2)
dloss_dz1 = dloss_da1 * a1 * (1 - a1)
dloss_dw2 = transpose(a1) @ dloss_dz2
dloss_db2 = sum(dloss_dz2, 0)
dloss_dw1 = transpose(x) @ dloss_dz1
dloss_db1 = sum(dloss_dz1, 0)
# Not the engine's gradients (a difference of 0 would mean they agree):
grad(loss, w2) - dloss_dw2
grad(loss, w1) - dloss_dw1

# The corrected first line; the other formulas of the seed are right.
# (The seed also has a cross_entropy with no guard against log(0), and its
# train function stops in the middle.)
dz2 = 2/4 * (a2 - y) * a2 * (1 - a2)
da1 = dz2 @ transpose(w2)
dz1 = da1 * a1 * (1 - a1)
dw2 = transpose(a1) @ dz2
db2 = sum(dz2, 0)
dw1 = transpose(x) @ dz1
db1 = sum(dz1, 0)
# Now every difference is 0, up to rounding in the last digit (about 1e-17):
grad(loss, z2) - dz2
grad(loss, w2) - dw2
grad(loss, b2) - db2
grad(loss, w1) - dw1
grad(loss, b1) - db1

# ---- Training ----
# Forward, backward and a step, 3000 times, on the weights and biases only
# (x and y are plain numbers too; naming the parameters keeps them fixed).
# The mean squared error through a sigmoid has small gradients, hence the
# large learning rate.
:train loss 3000 2 w1 b1 w2 b2

# The predictions: near 0 where y is 0, near 1 where y is 1.
a2
# Every error is below 0.5, so rounding a2 gives y: 4 of 4 right, 100%.
abs(a2 - y)
loss
