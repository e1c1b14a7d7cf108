# DESIGN.md's example: twelve call_at with one deadline plus a later stop timer in the heap fire
# in heapq order [0, 2, 6, 5, 11, 10, 9, 8, 7, 1, 3, 4] (the extra timer changes the sifting).
import asyncio

loop = asyncio.new_event_loop()
fired = []
for i in range(12):
    loop.call_at(5, fired.append, i)
loop.call_at(6, loop.stop)
loop.run_forever()
print(fired)
print(loop.time())
loop.close()
