# Function call overhead: naive recursive Fibonacci plus a small Ackermann.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ack(m, n - 1)
        m -= 1
    return n + 1


total = fib(34)
for i in range(6):
    total += ack(2, 100 + i)
print("fib_calls", total)
