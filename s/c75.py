def f():
  class x: pass
  nonlocal x
