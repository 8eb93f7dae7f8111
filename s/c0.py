def f():
  [[await x for x in y] for y in z]
