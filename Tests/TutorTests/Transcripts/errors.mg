1 + * 2
2 3
sigmod(2)
tanh(1, 2)
x.T
a == 1
log(-1)
1/0
1e308 * 10
0^-1
(-8)^0.5
x = 1e309
:foo
:vars extra
:nodes
(1 + 2
