# Importing a module that does not exist.
import asyncio
import aiomysql
print("unreachable")
