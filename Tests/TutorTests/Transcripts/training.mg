# Gradient descent, one step at a time, then many.
x = [[1], [2], [3]]
y = [[2], [4], [6]]
w = [[0.5]]
b = 0
loss = mean((x @ w + b - y)^2)
# The names to update: here w and b, never the data.
:step 0.1 w b
loss
w
# Without names the parameters move and the data, x and y, stays (see the note).
:step 0.01
x
# Mistakes
:step
:step fast
:step -1
:step 0.1 nope
:step 0.1 lss
:step 0.1 loss
c = 5
:step 0.1 c
:train
:train loss
:train loss 10
:train nope 10 0.1
:train x 10 0.1
:train loss ten 0.1
:train loss 0 0.1
:train loss 10 0 w
:help step
:help train
# Start again, and train properly.
:reset
x = [[1], [2], [3]]
y = [[2], [4], [6]]
w = [[0.5]]
b = 0
loss = mean((x @ w + b - y)^2)
:train loss 200 0.1 w b
w
b
# Too large a learning rate: the loss explodes, and training stops with the
# last parameters whose loss was a number.
:train loss 2000 10 w b
loss
