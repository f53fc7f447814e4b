# Arrays show as one node each, with their shape, unless `all` is asked for.
w = [[1, 2], [3, 4]]
v = [1, -1]
h = tanh(w @ v)
loss = sum(h)
:graph loss
:graph loss all
:graph h
