def f():
  x = 1
  class C:
    def g():
      nonlocal x
