# append, extend, insert including out-of-range and negative positions
a = [1, 2, 3]
a.append(4)
a.append([5])
print(a, len(a))
a.extend([6, 7])
a.extend("ab")
a.extend(range(2))
a.extend((x * x for x in range(3)))
a.extend({"k": 1})
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(100, "last")
b.insert(-1, "before-last")
b.insert(-100, "very-first")
b.insert(2, "mid")
print(b)
c = [1, 2]
c.extend(c)
print(c)
c.append(c[:])
print(c)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].extend(5))
t(lambda: [].extend(None))
t(lambda: [].insert(1))
t(lambda: [].insert("0", 1))
t(lambda: [].insert(1.0, 1))
