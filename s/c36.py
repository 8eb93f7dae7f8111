def f():
  [j := i for i in y]
  return j
