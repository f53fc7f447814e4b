:help
:help tanh
:help max
:help *
:help @
:help neg
:help :seed
:help tanhh
:vars
x = 0.5
w = [1, 2]
y = sigmoid(x) * x
:vars
:nodes w
:nodes q
:seed 7
:seed -1
:seed
:set
:set max-nodes
:set max-node 5
:set max-nodes 5
:set max-nodes 50000 1
:save
:save demo.mg
:save /
:load demo.mg
:load missing.mg
:reset
:vars
:varz
:
:next
:lesson 2
:lang fr
:lang en
:vars
:lang zh
y = tanh(
