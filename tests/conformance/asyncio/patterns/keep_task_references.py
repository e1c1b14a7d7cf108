# Fire-and-forget done right: keep each background task in a set and drop it when it finishes.
import asyncio

background_tasks = set()

async def send_email(n):
    await asyncio.sleep(n * 0.5)
    print(f"email {n} sent")

async def main():
    loop = asyncio.get_running_loop()
    for n in range(1, 4):
        task = asyncio.create_task(send_email(n))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("tracked:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.5)
        print(f"{loop.time():.2f} still tracked: {len(background_tasks)}")

asyncio.run(main())
