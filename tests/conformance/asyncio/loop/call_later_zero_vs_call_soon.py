# call_later(0) goes through the timer heap: it becomes ready at the start of the next pass,
# behind everything call_soon already queued for that pass.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0) #1")
    loop.call_soon(print, "call_soon #1")
    loop.call_later(0, print, "call_later(0) #2")
    loop.call_soon(print, "call_soon #2")
    loop.call_soon(loop.call_soon, print, "call_soon from a callback")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
