# Timers with equal deadlines do not fire first-in-first-out: the loop keeps them in a heapq
# ordered only by the deadline, so twelve call_at(5) fire in heap-pop order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    done = loop.create_future()

    def fire(i):
        fired.append(i)
        if len(fired) == 12:
            done.set_result(None)

    for i in range(12):
        loop.call_at(5, fire, i)
    await done
    print(f"{loop.time():.2f} fired in order {fired}")

asyncio.run(main())
