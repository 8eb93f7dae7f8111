async def f():
  [x for x in y if await z]
