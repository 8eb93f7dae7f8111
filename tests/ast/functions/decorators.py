@dec
def f(): pass
@dec()
def f(): pass
@dec(1, key=2)
def f(): pass
@a.b.c
def f(): pass
@a
@b
@c
def f(): pass
@(lambda f: f)
def f(): pass
@x[0]
def f(): pass
@x if y else z
def f(): pass
@(yield)
def f(): pass
@dec
async def g(): pass
@dec
class C: pass
@property
def prop(self): return self._x
