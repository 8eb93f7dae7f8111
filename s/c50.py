def f():
  return
  yield from x
