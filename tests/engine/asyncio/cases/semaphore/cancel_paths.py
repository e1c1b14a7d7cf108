# A waiter cancelled while parked is skipped; a waiter woken and then cancelled gives its slot
# back and wakes the next one; a newcomer cannot overtake a waiting task.
import asyncio

def st(sem):
    return repr(sem).split("[")[1][:-2]

async def waiter(name, sem):
    try:
        await sem.acquire()
        print(name, "acquired;", st(sem))
    except asyncio.CancelledError:
        print(name, "cancelled;", st(sem))
        raise

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(waiter("a", sem))
    b = asyncio.create_task(waiter("b", sem))
    c = asyncio.create_task(waiter("c", sem))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print("after cancelling a:", st(sem), sem.locked())
    sem.release()      # wakes b: value back to 0 at wake time
    print("after release:", st(sem))
    b.cancel()         # b was woken: it returns the slot and wakes c
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("end:", st(sem))
    sem.release()
    print("released:", st(sem))

    s2 = asyncio.Semaphore(1)
    await s2.acquire()
    w = asyncio.create_task(waiter("w", s2))
    await asyncio.sleep(0)
    s2.release()
    print("released with a woken waiter:", st(s2), s2.locked())
    newcomer = asyncio.create_task(waiter("newcomer", s2))
    await asyncio.gather(w, asyncio.sleep(0))
    print("newcomer done:", newcomer.done(), st(s2))
    s2.release()
    await newcomer

asyncio.run(main())
