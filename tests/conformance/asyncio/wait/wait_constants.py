# The return_when constants are the strings CPython defines.
import asyncio

print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
