# 中文会话：:explain、:check、:backward、:graph、:train（讲义里的例子）。
a = 2
b = -3
c = 10
e = a*b
d = e + c
f = -2
L = d*f
:graph L
:explain L
:explain L a
x = 3; y = x + x; p = x*y; q = x + y; r = p*q
:explain r x
:check L
:backward L


q
:backward r all
:explain L nothere
:explain a
w = [1, 2]
:explain w
:graph w
:reset
x = [[1], [2], [3]]
y = [[2], [4], [6]]
w = [[0.5]]
b = 0
loss = mean((x @ w + b - y)^2)
:step 0.1 w b
:step 0.01
:train loss 200 0.1 w b
:train loss 2000 10 w b
:train lss 10 0.1
:train loss ten 0.1
:step fast
# relu 在 0 处：有限差分看到两侧。
g = 2
k = relu(g - 2) * 3
:check k
:explain k g
:train loss 3 0.01
