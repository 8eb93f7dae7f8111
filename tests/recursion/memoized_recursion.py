# Recursion with a memo dictionary versus without, counting calls.
calls = 0
def fib_plain(n):
    global calls
    calls += 1
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)

print(fib_plain(20), calls)

memo_calls = 0
memo = {}
def fib_memo(n):
    global memo_calls
    memo_calls += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result

print(fib_memo(20), memo_calls)
print(fib_memo(90), len(memo))

def partitions(n, largest=None, cache={}):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in cache:
        cache[key] = partitions(n - largest, largest) + partitions(n, largest - 1)
    return cache[key]

print([partitions(n) for n in range(1, 16)])
print(partitions(100))

def edit_distance(a, b, memo=None):
    if memo is None:
        memo = {}
    if not a or not b:
        return len(a) + len(b)
    key = (len(a), len(b))
    if key not in memo:
        cost = 0 if a[0] == b[0] else 1
        memo[key] = min(edit_distance(a[1:], b, memo) + 1,
                        edit_distance(a, b[1:], memo) + 1,
                        edit_distance(a[1:], b[1:], memo) + cost)
    return memo[key]
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("same", "same"))
