# call_later returns a TimerHandle: when() is its deadline, cancel() stops it from running, and a
# cancelled timer does not keep the loop waiting.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(1, print, "one second")
    h2 = loop.call_later(2, print, "two seconds")
    h3 = loop.call_at(3, print, "three seconds")
    print("deadlines", h1.when(), h2.when(), h3.when())
    h2.cancel()
    print("cancelled?", h1.cancelled(), h2.cancelled(), h3.cancelled())
    await asyncio.sleep(3.5)
    print(f"{loop.time():.2f} after sleeping")
    h1.cancel()
    print("cancel after firing:", h1.cancelled())

asyncio.run(main())
