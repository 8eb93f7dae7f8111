x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
z = [1,
2,
     3]
w = (1 +
  2)
def f(a,
      b):
    return \
        a + b
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
