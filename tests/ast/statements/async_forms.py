async def main():
    await x
    await (yield)
    async for item in aiter():
        pass
    else:
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    result = [x async for x in gen()]
    other = [await x for x in items]
    gen = (x async for x in y if await x)
    return await asyncio.gather(*tasks)
async def agen():
    yield 1
    async with (a as b, c):
        pass
