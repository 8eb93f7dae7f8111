def f():
  [[x async for x in z] for y in w]
