# for-loop variables leak into the enclosing scope; comprehension variables do not.
for i in range(3):
    pass
print("after for:", i)

for a, b in [(1, 2), (3, 4)]:
    pass
print("after tuple for:", a, b)

squares = [n * n for n in range(4)]
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)

k = "outer k"
result = [k for k in "xyz"]
print(result, k)
gen = list(m for m in range(2))
try:
    m
except NameError as e:
    print(type(e).__name__, e)
d = {key: 1 for key in "ab"}
s = {elem for elem in "ab"}
print("key" in globals(), "elem" in globals())

def inside():
    for j in range(2):
        pass
    [q for q in range(2)]
    return sorted(locals())
print(inside())

while_var = 0
while while_var < 3:
    while_var += 1
print(while_var)

class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *args):
        return None

with CM() as w:
    pass
print("with target leaks too:", w)
