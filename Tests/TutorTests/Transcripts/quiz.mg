# :quiz: a gradient, then one step of gradient descent, graph after graph
a = 5
:quiz seed 3
two
:vars
1
0.2
10,83
10.83
-1.983
q
a
:help quiz
:quiz seed x
