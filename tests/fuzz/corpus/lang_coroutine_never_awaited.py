# Calling a coroutine function without awaiting it: the RuntimeWarning on stderr.
import asyncio
async def fetch(url):
    await asyncio.sleep(1)
    return url
def forgetful():
    fetch("https://example.com")
    print("forgot to await")
forgetful()
async def main():
    fetch("inside main")
    print("main continues")
    print(await fetch("awaited"))
asyncio.run(main())
print("end")
