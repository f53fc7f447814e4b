#!/usr/bin/env python3
"""Writes Benchmarks/w1.mg: workload W1 (Karpathy's demo: MLP(2, [16, 16, 1])
on 100 two-moons points, max-margin loss plus L2, 100 SGD steps with
lr = 1 - 0.9 k/100) in the tutor's own language, from data/w1_moons.txt.

The parameters come in micrograd's order (layer by layer, neuron by neuron,
weights then bias); here they become the matrices w1 [2, 16], b1 [1, 16], ...
with one column per neuron.

usage: python3 Benchmarks/make_w1_script.py > Benchmarks/w1.mg
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
tokens = open(os.path.join(here, "data", "w1_moons.txt")).read().split()
assert tokens[0] == "moons"
n = int(tokens[1])
rows = [(tokens[2 + 3 * i], tokens[3 + 3 * i], tokens[4 + 3 * i]) for i in range(n)]
k = 2 + 3 * n
assert tokens[k] == "params"
params = tokens[k + 2:k + 2 + int(tokens[k + 1])]

sizes = [2, 16, 16, 1]
layers = []
p = 0
for fan_in, fan_out in zip(sizes, sizes[1:]):
    weights = [[None] * fan_out for _ in range(fan_in)]
    bias = []
    for j in range(fan_out):
        for i in range(fan_in):
            weights[i][j] = params[p]
            p += 1
        bias.append(params[p])
        p += 1
    layers.append((weights, bias))
assert p == len(params)


def matrix(rows):
    return "[" + ",\n  ".join("[" + ", ".join(r) + "]" for r in rows) + "]"


out = sys.stdout
out.write("# W1 'demo' in the tutor's language: written by Benchmarks/make_w1_script.py\n")
out.write("# from Benchmarks/data/w1_moons.txt. Run: micrograd run Benchmarks/w1.mg\n")
out.write("X = " + matrix([[a, b] for a, b, _ in rows]) + "\n")
out.write("Y = " + matrix([[c] for _, _, c in rows]) + "\n")
for index, (weights, bias) in enumerate(layers, start=1):
    out.write(f"w{index} = " + matrix(weights) + "\n")
    out.write(f"b{index} = " + matrix([bias]) + "\n")
out.write("""h1 = relu(X @ w1 + b1)
h2 = relu(h1 @ w2 + b2)
score = h2 @ w3 + b3
margin = Y * score
loss = mean(relu(1 - margin)) + 0.0001 * (sum(w1*w1) + sum(b1*b1) + sum(w2*w2) + sum(b2*b2) + sum(w3*w3) + sum(b3*b3))
""")
# Step k uses lr = 1 - 0.9 k/100; the loss after step 98 is the loss of step 99,
# the last one micrograd reports.
for step in range(99):
    lr = 1.0 - 0.9 * step / 100
    out.write(f":step {lr!r} w1 b1 w2 b2 w3 b3\n")
out.write("loss\n")
out.write("accuracy = mean((margin/abs(margin) + 1)/2)\n")
