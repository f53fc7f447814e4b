# accumulate 模式下 反向遍历把梯度累加到已存的梯度上 (如同 PyTorch 的 .grad)
w = 3
x = 2
L = w*x
:set accumulate on
L
:backward L all
:backward L all
:step 0.1 w
grad(L, w)
:zero_grad
:step 0.1 w
:backward L
:backward L quiet
:nodes L
:set accumulate off
:set accumulate maybe
:set
