print(*a or b)
f(**a or b)
a = not b == c
a = b if c else (yield)
x = [i for i in range(3)][0]
x = (*a,)
x = {*a,}
x = 1 if 2 else 3, 4
x = ...
x = Ellipsis
x = [..., ...]
x = -1 ** -2
x = 2**-1
x = not-1
x = a not in not_b
x = (a for b in c for d in e if f if g)
x = {a: b for a, b in c.items() if a}
x = a < b > c != d
x = [a, b][c:d:e]
x = a.__class__.__name__
x = 1 .__class__
x = "".join
async def f(): await a; return [await b async for c in d]
async def f():
    async with a as (b, c): pass
