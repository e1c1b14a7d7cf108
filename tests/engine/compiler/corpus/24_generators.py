def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    y = yield from gen2()
    yield 1, 2
    return x, y


def gen2():
    z = (yield)
    print((yield z))
    return 3


async def agen():
    yield 1
    await gen3()


async def gen3():
    pass
