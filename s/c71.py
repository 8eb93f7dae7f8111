def f():
  with a as b:
    pass
  global b
