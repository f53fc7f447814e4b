# Accumulate mode: backward passes add into stored gradients, as PyTorch's .grad.
w = 3
x = 2
L = w*x
:set accumulate on
# Nothing stored yet: the table shows 0 until a backward pass.
L
:backward L all
:backward L all
# Twice the gradient, so one step goes twice as far: w = 3 - 0.1 * 4.
:step 0.1 w
# grad(...) is always a fresh gradient.
grad(L, w)
:zero_grad
:step 0.1 w
:backward L
:backward L quiet
:nodes L
:set accumulate off
:set accumulate maybe
:set
