:plot tanh(x) -3 3 at 0.88
:plot tanh(x) 3 -3
:help plot
