# Simple recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            result.append([item] + p)
    return result

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print([fact(i) for i in range(8)])
print(fact(30))
print([fib(i) for i in range(15)])
print(gcd(1071, 462))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(permutations([1, 2, 3]))
print(hanoi(3, "A", "C", "B", []))
print(len(hanoi(8, "A", "C", "B", [])))
