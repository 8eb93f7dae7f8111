# for loops with else, break, continue over various iterables.
for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("for else ran")

for ch in "abcdef":
    if ch == "d":
        print("break at", ch)
        break
else:
    print("unreachable")

for x in []:
    print("never")
else:
    print("empty for else")

def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out

print(primes(30))

for k in {"b": 2, "a": 1}:
    print("key", k)
for idx, val in enumerate("xy", start=10):
    print(idx, val)

items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
    print("item", item)
print(items)

i = "unchanged"
for i in range(3):
    pass
print("loop var after", i)
for j in range(0):
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
