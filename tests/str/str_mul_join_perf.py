# Building strings by repetition, join and concatenation in loops
parts = []
for i in range(1000):
    parts.append(chr(ord("a") + i % 26))
s = "".join(parts)
print(len(s), s[:30], s.count("a"), s[-5:])
t = ""
for i in range(500):
    t += str(i % 10)
print(len(t), t[:25], t.count("9"))
u = "ab" * 5000
print(len(u), u.count("ba"), u.find("bb"), u[9998:], len(u.replace("a", "xyz")))
lines = "\n".join("line %03d" % i for i in range(200))
print(len(lines), lines.count("\n"), lines.splitlines()[-1], lines[:17].replace("\n", "|"))
