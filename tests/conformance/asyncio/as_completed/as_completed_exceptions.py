# A failed awaitable raises from its await in the as_completed loop; the loop can continue.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ArithmeticError(f"job {n} failed")
    return n

async def main():
    for completed in asyncio.as_completed([job(3), job(2), job(1)]):
        try:
            print("result", await completed)
        except ArithmeticError as e:
            print("error", e)

asyncio.run(main())
