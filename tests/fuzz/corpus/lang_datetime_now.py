# datetime.now() and strftime on the virtual clock (UTC, starting 2026-01-01 00:00:00).
import asyncio
import datetime
import time
from datetime import datetime as dt
now = dt.now()
print(now, now.year, now.month, now.day, now.hour, now.minute, now.second)
print(now.strftime("%Y-%m-%d %H:%M:%S"), now.strftime("%d/%m/%y %I:%M %p"), now.strftime("%A %B %j"))
print(now.isoformat(), repr(now))
time.sleep(3661.25)
later = datetime.datetime.now()
print(later, later - now, (later - now).total_seconds())
print(later.strftime("[%H:%M:%S.%f]"), datetime.datetime.today().strftime("%Y"))
print(datetime.datetime(2024, 5, 17, 8, 30), datetime.datetime(2024, 5, 17, 8, 30).strftime("%b %d"))
async def periodic(times):
    for _ in range(times):
        print(f"[{dt.now().strftime('%H:%M:%S')}] running scheduled job")
        await asyncio.sleep(60)
asyncio.run(periodic(3))
