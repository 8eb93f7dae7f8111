lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda *, k: k
lambda *, k=1: k
lambda a, /, b: a
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda: (yield)
lambda x: lambda y: x + y
f = lambda x: x if x else -x
