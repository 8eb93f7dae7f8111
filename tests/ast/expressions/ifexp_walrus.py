a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = a if b else c
lambda: a if b else c
(x := 1)
(x := (y := 2)) if 0 else 0
if (n := len(a)) > 10:
    pass
while (line := read()):
    pass
print(x := 1)
y = (x := 5)
[y := 1, y ** 2]
{(x := 1): (y := 2)}
f(a, b := 2)
x[(y := 1)]
