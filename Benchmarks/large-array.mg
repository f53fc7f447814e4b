# A million named parameters, then rebinding: how long binding and priming
# take. Run: /usr/bin/time -f '%e s, %M KB' micrograd run Benchmarks/large-array.mg > /dev/null
w = zeros(1000, 1000)
a = 1
a = 2
w = zeros(1000, 1000)
