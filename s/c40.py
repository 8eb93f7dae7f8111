import os.path as p
def f():
  global p
