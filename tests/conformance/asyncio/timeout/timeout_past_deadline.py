# A deadline that is already over (timeout(0), timeout_at in the past) fires at the next
# suspension, through call_soon.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(3)
    for label, cm in (("timeout(0)", asyncio.timeout(0)),
                      ("timeout(-2)", asyncio.timeout(-2)),
                      ("timeout_at(1)", asyncio.timeout_at(1))):
        try:
            async with cm:
                print(label, "body starts")
                await asyncio.sleep(1)
                print("not printed")
        except TimeoutError:
            print(f"{loop.time():.2f} {label} expired={cm.expired()}")

asyncio.run(main())
