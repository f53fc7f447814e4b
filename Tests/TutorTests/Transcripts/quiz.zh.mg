# :quiz 先问梯度, 再问一步梯度下降, 一个计算图接一个
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
