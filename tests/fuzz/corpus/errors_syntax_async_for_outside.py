# SyntaxError: 'async for' outside async function.
async def numbers():
    yield 1
def collect():
    async for n in numbers():
        print(n)
