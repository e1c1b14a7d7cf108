# Retries with exponential backoff against a simulated flaky service: the waits are 1, 2, 4 s.
import asyncio

class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def get(self):
        self.calls += 1
        await asyncio.sleep(0.1)
        if self.calls <= self.failures:
            raise ConnectionError(f"HTTP 503 (call {self.calls})")
        return {"status": 200, "call": self.calls}

async def fetch_with_retry(service, max_retries=4):
    loop = asyncio.get_running_loop()
    for attempt in range(max_retries):
        try:
            return await service.get()
        except ConnectionError as e:
            print(f"{loop.time():.2f} attempt {attempt + 1} failed: {e}")
            if attempt == max_retries - 1:
                raise
            await asyncio.sleep(2 ** attempt)

async def main():
    loop = asyncio.get_running_loop()
    print(await fetch_with_retry(FlakyService(3)), f"at {loop.time():.2f}")
    try:
        await fetch_with_retry(FlakyService(10))
    except ConnectionError as e:
        print(f"{loop.time():.2f} gave up: {e}")

asyncio.run(main())
