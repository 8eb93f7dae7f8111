# Nested while/for loops with integer arithmetic (collatz lengths and a sieve-like sum).
def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


best = 0
best_n = 0
n = 1
while n < 130000:
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
    n += 1
acc = 0
for i in range(600):
    for j in range(600):
        acc = (acc + i * j ^ (i + j)) % 1000003
print("int_loops", best_n, best, acc)
