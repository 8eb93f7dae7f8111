class C:
  [await x for x in y]
