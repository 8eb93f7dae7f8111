*a, b = c
a, *b = c
[*a] = c
(*a,) = c
a = *b, c
a = *b,
for *a, b in c:
    pass
f(*a)
f(*a, *b, c)
[*a, *b]
{*a}
(*a, *b)
print(*args, sep="")
return_value = [*range(3)]
x[*a]
x[*a, b]
def f(*args): pass
def g(*args: *Ts): pass
