def f():
  {x async for x in z}
