# SyntaxError: 'await' outside async function.
import asyncio
def fetch():
    await asyncio.sleep(1)
    return "data"
print("never runs")
