class C:
  def f(self):
    return [(y := 1) for x in z]
