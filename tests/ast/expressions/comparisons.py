a < b
a < b < c
a == b != c
a is b
a is not b
a in b
a not in b
a <= b >= c > d
not a < b
a < b == c is d in e
(a < b) < c
x is not None and y not in z
