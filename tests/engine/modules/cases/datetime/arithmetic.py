# timedelta normalisation, str/repr and arithmetic with dates and datetimes.
from datetime import date, datetime, timedelta

for td in [timedelta(0), timedelta(days=1), timedelta(seconds=3661.25), timedelta(days=-1, seconds=5),
           timedelta(weeks=2, hours=-3, milliseconds=1.5), timedelta(minutes=-1), timedelta(microseconds=-1),
           timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6),
           timedelta(days=1.1, seconds=0.3), timedelta(hours=36, minutes=90), timedelta(days=-2.5)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5), timedelta(hours=2)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 2 * a, a * 1.5, a / 3, a / 7.3, a / b, a // b, a % b, divmod(a, b), a // 7)
print(a > b, a == timedelta(minutes=300), bool(timedelta(0)), hash(a) == hash(timedelta(seconds=18000)))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))
start = datetime(2024, 12, 31, 23, 59, 59)
print(start + timedelta(seconds=1), start - timedelta(days=366), start + timedelta(days=0.5), timedelta(hours=1) + start)
print(datetime(2024, 3, 10) - datetime(2024, 1, 1, 12), date(2024, 3, 1) - date(2024, 2, 1), date(2024, 2, 28) + timedelta(days=1, hours=30))
print(date(2024, 1, 1) - timedelta(seconds=1), sum([timedelta(minutes=m) for m in range(5)], timedelta()))
