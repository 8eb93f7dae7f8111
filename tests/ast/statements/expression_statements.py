x
x.y
f()
1
"string"
...
None
x, y
x if y else z
lambda: 0
not x
-x
(x)
((x))
(yield)
