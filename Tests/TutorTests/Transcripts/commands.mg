:help
:help tanh
:help max
:help *
:help ^
:help nope
:vars
x = 0.5
y = sigmoid(x) * x
:nodes y
:seed 7
:seed -1
:reset
:vars
