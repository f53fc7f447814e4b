# Exercise 3.1 of the seed: a linear regression, line by line.
# Run it:  micrograd run examples/linear_regression.mg
#
# The seed writes this in NumPy and works out the gradient by hand. Here
# every number of every array is a node of the graph, and the engine finds
# every gradient by backpropagation. Read the tables: "grad" is
# d(loss)/d(that number).

# The seed's data. Look at it before fitting a line: y = (x - 1)^2, a
# parabola. A straight line cannot follow it.
x_train = [[1], [2], [3], [4], [5]]
y_train = [[0], [1], [4], [9], [16]]
x_test = [[6], [7], [8], [9], [10]]
y_test = [[25], [36], [49], [64], [81]]

# The seed's weight is w = np.random.rand(1), of shape [1]. Then x.dot(w)
# has shape [5], and y - x.dot(w) broadcasts [5, 1] against [5] into a
# [5, 5] matrix: every y minus every prediction. NumPy says nothing; the
# loss is then silently wrong. See it:
y_train - x_train @ rand(1)

# A weight of shape [1, 1] keeps the predictions a column, like y.
# The seed's model has no bias, so its line must pass through (0, 0);
# we add one, b.
:seed 1
w = rand(1, 1)
b = 0
pred = x_train @ w + b
loss = mean((y_train - pred)^2)

# The seed's update is w -= learning_rate * dpred_dw with dpred_dw = x.T:
# it forgets dloss_dpred (no chain rule), its shape is [1, 5] for a weight
# of shape [1], the mean's 1/n is missing, and learning_rate is never
# defined. The chain rule says dloss/dw = x.T @ dloss/dpred, where
# dloss/dpred = -2 (y - pred) / n. Compare it with the engine's gradient:
dloss_dpred = -2 * (y_train - pred) / 5
dloss_dw = transpose(x_train) @ dloss_dpred
grad(loss, w) - dloss_dw
grad(loss, b) - sum(dloss_dpred)

# Train w and b, and only them: x_train and y_train are plain numbers too,
# and :train without names would "train" the data as well.
# The learning rate must stay below 2 / 23.7 (the largest curvature of
# this loss), or the steps overshoot and the loss explodes.
:train loss 1000 0.05 w b

# The least-squares line through the five points, by the closed form:
#   w = sum((x - 3)(y - 6)) / sum((x - 3)^2) = 40 / 10 = 4
#   b = mean(y) - w * mean(x) = 6 - 4 * 3 = -6
# Gradient descent found the same line:
w
b
# The training loss does not go to 0: the residuals 2, -1, -2, -1, 2 are
# what a line cannot explain (their mean square is 14 / 5 = 2.8).
loss

# On the test points the line is far off, and further off the further
# out: a parabola grows faster than any line. The model underfits; it
# is too simple for the data (the seed's question 2.4). A feature x^2
# would fix it.
test_pred = x_test @ w + b
test_loss = mean((y_test - test_pred)^2)
