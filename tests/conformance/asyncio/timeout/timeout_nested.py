# Nested timeouts: the one whose deadline comes first fires, and only it becomes TimeoutError;
# the outer block sees the TimeoutError as an ordinary exception.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print(f"{loop.time():.2f} inner expired={inner.expired()} outer expired={outer.expired()}")
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"{loop.time():.2f} outer expired={outer.expired()}")
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print("not printed: the inner block did not time out")
    except TimeoutError:
        print(f"{loop.time():.2f} outer fired first: inner expired={inner.expired()}")

asyncio.run(main())
