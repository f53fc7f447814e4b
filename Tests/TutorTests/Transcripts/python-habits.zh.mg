# 来自 Python 和 IPython 的习惯
a = 2
a * 3
_ + 1
w = 1.5
w -= 0.1 * 2
x = [[1, 2], [3, 4]]
x[1, 0]
x[5, 0]
v = [1, 2]
v[0, 0]
_
>>> p = 3
p = 3

tanh?
quit
