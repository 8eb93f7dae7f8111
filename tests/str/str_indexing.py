# Indexing and slicing strings including steps, negatives and unicode
s = "Hello, wörld! 😀"
print(len(s), s[0], s[-1], s[7], s[-3])
print(s[2:5], s[:5], s[7:], s[-6:], s[:-6], s[::2], s[::-1], s[1::3], s[-1:-8:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[::100], repr(s[5:5]))
print(s[None:3], s[slice(1, 10, 4)], s[len(s) - 1:0:-5])
for f in (lambda: s[100], lambda: s[-100], lambda: s["a"], lambda: s[1.0], lambda: s[::0]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print([c for c in "abc"], list("日本"), "abcdef"[-2::-2])
