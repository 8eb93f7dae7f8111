# Mutating a set during iteration raises; iterating copies is fine
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3, 4, 5, 6}
for x in list(s):
    if x % 2:
        s.remove(x)
print(s)
s = {5, 6}
for x in s.copy():
    s.add(x * 10)
print(s)
print(sorted(x for x in {4, 2, 8}), list(enumerate(sorted({"b", "a"}))))
