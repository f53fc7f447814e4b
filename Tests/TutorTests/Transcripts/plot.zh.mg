:plot tanh(x) -3 3 at 0.88
:plot tanh(x) 3 -3
:help plot
:plot # 只有一句注释（模糊测试发现它会崩溃）
