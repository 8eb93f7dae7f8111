s = set(range(10))
out = []
while s:
    out.append(s.pop())
print(out)
s = {50, 3, 17, 1000, 9}
print([s.pop() for _ in range(len(s))])
