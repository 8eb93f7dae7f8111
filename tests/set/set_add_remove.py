# add, remove, discard, pop, clear, copy
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.remove(1)
s.discard(100)
s.discard(2)
print(s)
c = s.copy()
c.add(99)
print(s, c, c is s)
print(s.pop(), s.pop(), s)
s.clear()
print(s, len(s))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {1}.remove((1, 2)))
t(lambda: {1}.add([2]))
t(lambda: {1}.discard([2]))
t(lambda: {1}.remove({2}))
t(lambda: {1}.add())
t(lambda: {1}.add(1, 2))
print({frozenset([1])}.__contains__({1}), {1}.discard({1}))
x = {3, 1, 2}
out = []
while x:
    out.append(x.pop())
print(out)
