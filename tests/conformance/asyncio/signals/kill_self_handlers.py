# loop.add_signal_handler callbacks run on the loop when the program signals itself with
# os.kill(os.getpid(), ...); remove_signal_handler says whether one was registered.
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    seen = []

    def on_signal(name):
        seen.append(name)
        print(f"[{loop.time():.2f}] handler for {name}")
        if len(seen) == 2:
            got.set()

    loop.add_signal_handler(signal.SIGUSR1, on_signal, "SIGUSR1")
    loop.add_signal_handler(signal.SIGUSR2, on_signal, "SIGUSR2")
    loop.call_later(0.5, os.kill, os.getpid(), signal.SIGUSR1)
    loop.call_later(1.0, os.kill, os.getpid(), signal.SIGUSR2)
    await got.wait()
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(loop.remove_signal_handler(signal.SIGUSR2), seen)


asyncio.run(main())
