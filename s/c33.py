async def f():
  await x
  yield 1
  return 1
