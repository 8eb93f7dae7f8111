# iter(callable, sentinel) calls until the sentinel value is returned.
values = [3, 1, 4, 0, 5]
position = [0]
def read():
    v = values[position[0]]
    position[0] += 1
    print("read", v)
    return v

print(list(iter(read, 0)))
print("position after:", position[0])

counter = iter(lambda: "x", "x")
print(list(counter))

count = 0
def increment():
    global count
    count += 1
    return count
it = iter(increment, 4)
print(type(it).__name__, next(it), list(it))
print(next(it, "stays exhausted"))

try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)

class Eq:
    def __eq__(self, other):
        print("sentinel compared with", other)
        return other == 2
nums = iter([1, 2, 3])
print(list(iter(lambda: next(nums), Eq())))
def raises_stop():
    raise StopIteration
print(list(iter(raises_stop, None)))
