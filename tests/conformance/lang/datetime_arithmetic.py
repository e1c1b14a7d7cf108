# timedelta arithmetic and its str/repr, date arithmetic, formatting and parsing.
from datetime import date, datetime, timedelta, timezone

deadline = datetime(2024, 12, 24, 18, 0)
start = datetime(2024, 12, 1, 9, 30)
left = deadline - start
print(left, repr(left), left.days, left.seconds, left.total_seconds(), left / timedelta(hours=1))
print(left // timedelta(days=7), left % timedelta(days=7), -left, abs(-left), left * 0.5, left / 4)
print(start + timedelta(weeks=2, hours=3), start - timedelta(days=365), date(2024, 3, 1) - date(2024, 2, 1))
print(timedelta(hours=25), timedelta(seconds=-1), timedelta(milliseconds=1.5), repr(timedelta(minutes=90)))
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()), max(timedelta(1), timedelta(hours=30)))
print(deadline.strftime("%A %d %B %Y, %I:%M %p"), f"{start:%Y-%m-%d %H:%M}", deadline.isoformat())
print(datetime.strptime("2024-12-24 18:00", "%Y-%m-%d %H:%M") == deadline, datetime.fromisoformat("2024-12-01T09:30:00") == start)
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(utc, utc.astimezone(timezone(timedelta(hours=2))), repr(utc), utc.timestamp())
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1), date(2024, 1, 1).isocalendar())
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]), date(2024, 5, 1).weekday(), date(2024, 5, 1).strftime("%a"))
