# Gradient descent on one weight: fit y = 2x.
x = [[1], [2], [3]]
y = [[2], [4], [6]]
w = [[0.5]]
loss = mean((x @ w - y)^2)
:train loss 40 0.05 w
w
