a.b
a.b.c.d
a[b]
a[b][c]
a[1, 2]
a[1:2]
a[:]
a[::]
a[1:]
a[:2]
a[::3]
a[1:2:3]
a[1:2, 3:4]
a[..., 1]
a[:, None]
a[(1, 2)]
a[*b]
a[1, *b]
a[b:=1]
(a).b
a.b[c].d(e)
"abc".upper()
1 .real
1.0.real
