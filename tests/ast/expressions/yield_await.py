def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    x = yield 1
    y = yield from z
    await_result = (yield)
    f((yield))
    yield *a, b
    return (yield)
async def coro():
    await x
    await x.y()
    return await z
    a = await b + await c
    await (await d)
    -await e
    await f ** 2
