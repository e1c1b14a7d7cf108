# A task still pending when its loop is closed and the last reference goes away: asyncio logs
# "Task was destroyed but it is pending!". (asyncio.run would have cancelled it instead.)
import asyncio

async def forever():
    print("forever started")
    await asyncio.sleep(3600)

loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(1))
print(f"{loop.time():.2f} loop stops with the task pending")
loop.close()
del task
print("after del")
