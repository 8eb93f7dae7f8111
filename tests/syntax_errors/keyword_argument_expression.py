# A keyword argument that is not a name, then a missing comma.
f(a,
  self.x = 1
  "text")
