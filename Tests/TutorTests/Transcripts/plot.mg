# :plot, a function and its slope from the backward pass
:plot tanh(x) -3 3 at 0.88
# the slope of relu at 0 is the engine's, not a finite difference's 0.5
:plot relu(x) -1 1 at 0
# names of the session are numbers here; nothing of the session changes
w = 2
:plot w*x^2 + 1
:vars
:plot log(x) -1 3
# mistakes
:plot
:plot tanh(x) 3 -3
:plot tanh(x) -3 3 at 9
:plot tanh(x) at zero
:plot y = x
:plot [x, x]
:plot tanh(x +) 1 2
:plot tanh(x) -3 3 at
:plot # only a comment (found by the fuzzer: it trapped)
# the loss plot of :train turns logarithmic past two decades
v = 5
loss = v^2
:train loss 30 0.4
