# asyncio.run(debug=True) switches the loop's debug mode on.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())

asyncio.run(main(), debug=True)
asyncio.run(main())
