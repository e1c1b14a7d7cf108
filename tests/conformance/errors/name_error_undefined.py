# NameError with no close match.
import asyncio
async def main():
    print("starting")
    await asyncio.sleep(1)
    result = compute_everything()
    print(result)
asyncio.run(main())
