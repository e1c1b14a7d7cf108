# A small program: retries with exponential backoff on the virtual clock.
import random
import time
random.seed(11)
class TransientError(Exception):
    pass
def flaky_request(attempt):
    if random.random() < 0.6:
        raise TransientError(f"attempt {attempt}: service busy")
    return {"status": 200, "attempt": attempt}
def with_retries(fn, attempts=5, base_delay=0.5):
    start = time.monotonic()
    for attempt in range(1, attempts + 1):
        try:
            return fn(attempt)
        except TransientError as e:
            delay = base_delay * 2 ** (attempt - 1)
            print(f"{e}; retrying in {delay:.1f}s")
            time.sleep(delay)
        finally:
            print(f"  elapsed {time.monotonic() - start:.1f}s")
    raise TransientError("giving up")
for request in range(3):
    try:
        print("result:", with_retries(flaky_request))
    except TransientError as e:
        print("failed:", e)
print(f"total virtual time: {time.monotonic():.1f}s")
