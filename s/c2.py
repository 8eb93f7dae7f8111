def f():
  [x for x in await y]
