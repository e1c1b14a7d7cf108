# run_forever runs until a callback calls stop(); the pass that calls stop still finishes.
import asyncio

loop = asyncio.new_event_loop()

def tick(n):
    print(f"{loop.time():.2f} tick {n}")
    if n == 3:
        loop.stop()
        loop.call_soon(print, "scheduled after stop")
    else:
        loop.call_later(0.5, tick, n + 1)

loop.call_soon(tick, 0)
loop.run_forever()
print("run_forever returned")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
