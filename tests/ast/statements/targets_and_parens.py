(a) = 1
(a), b = 1, 2
[a] = 1
a = (b) = c
((a)) += 1
(a.b) = 1
del a[:], (b)
x = a[b, c:d]
x = a[()]
x = a[:,]
x = a[1:2,]
with a, b: pass
with (a), (b): pass
with (a, b), c: pass
with (a for a in b): pass
with (a)(b): pass
with (a) as b: pass
with ((a)): pass
with (a := b): pass
class A(B, C=1, *D, **E): pass
class A(*B, C): pass
from a import (b)
from .a.b import c
global a; nonlocal b
x = 1;
