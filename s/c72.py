def f():
  try: pass
  except E as e: pass
  global e
