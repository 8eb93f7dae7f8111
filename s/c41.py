def f():
  import os.path
  global os
