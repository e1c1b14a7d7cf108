import asyncio

async def waiter(event, name):
    print(f"[{name}] 等待事件...")
    await event.wait()  # 阻塞直到事件被设置
    print(f"[{name}] 事件触发!")

async def setter(event):
    await asyncio.sleep(2)
    print("设置事件")
    event.set()  # 触发事件
    await asyncio.sleep(1)
    event.clear()  # 可选:重置事件

async def main():
    event = asyncio.Event()
    
    await asyncio.gather(
        waiter(event, "等待者A"),
        waiter(event, "等待者B"),
        waiter(event, "等待者C"),
        setter(event),
    )

asyncio.run(main())
# 输出:
# [等待者A] 等待事件...
# [等待者B] 等待事件...
# [等待者C] 等待事件...
# (2秒后)
# 设置事件
# [等待者A] 事件触发!
# [等待者B] 事件触发!
# [等待者C] 事件触发!
