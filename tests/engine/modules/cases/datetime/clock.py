# now(), today(), utcnow() and date.today() read the run's clock (UTC, 2026-01-01 at start).
import asyncio
import datetime
import time

start = datetime.datetime.now()
print(start, repr(start), datetime.datetime.utcnow(), datetime.datetime.today())
print(datetime.datetime.now(datetime.timezone.utc), datetime.datetime.now(tz=datetime.timezone(datetime.timedelta(hours=2))))
time.sleep(90061.123456)
now = datetime.datetime.now()
print(now, now - start, (now - start).total_seconds(), now.timestamp(), time.time())
print(datetime.datetime.fromtimestamp(time.time()), datetime.datetime.utcfromtimestamp(0))
print(datetime.date.fromtimestamp(time.time()), datetime.datetime.now().astimezone())

async def tick():
    for _ in range(3):
        await asyncio.sleep(0.25)
        print(datetime.datetime.now().strftime("%H:%M:%S.%f"), f"{datetime.datetime.now():%j %a}")

asyncio.run(tick())
