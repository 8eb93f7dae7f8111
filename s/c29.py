def f():
  for x in y:
    continue
  else:
    continue
