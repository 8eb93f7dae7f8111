def f():
  {x: y async for x, y in z}
