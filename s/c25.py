class C:
  x = yield
