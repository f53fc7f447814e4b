# Slices, as NumPy reads them: a run of elements, or of rows (a mini-batch)
x = [10, 20, 30, 40]
x[0:2]
x[:2]
x[2:]
x[-2:]
X = [[1], [2], [3], [4]]
y = [[0], [1], [4], [9]]
X[0:2]
M = [[1, 10], [2, 20]]
M[:, 1]
M[1, 0:1]
# A batch is the array's own nodes: its loss trains the shared w and b
w = [[2]]
b = 0
lb = mean((X[0:2] @ w + b - y[0:2])^2)
grad(lb, w)
:check lb
:train lb 3 0.01 w b
w
# Wrong bounds, a step, a batch against the full targets
x[2:2]
x[0:5]
x[0.5:2]
x[::2]
X[0:2] @ w - y
