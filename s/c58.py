class C:
  await x
