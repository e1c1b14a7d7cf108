# strftime, format() and f-strings, fromisoformat and strptime.
from datetime import date, datetime, time, timezone, timedelta

dt = datetime(2024, 5, 7, 8, 3, 9, 12345)
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f | %a %A %b %B | %j %U %W %w | %y %I %p | %%"))
print(dt.strftime("%c | %x | %X | %d/%m/%Y"), dt.strftime("no directives"), dt.strftime(""))
print(date(2024, 5, 7).strftime("%d %b %Y %H:%M %f"), time(14, 5).strftime("%I:%M %p %f"))
aware = datetime(2024, 5, 7, 8, 3, tzinfo=timezone(timedelta(hours=-5, minutes=-30), "EST-ish"))
print(aware.strftime("%z %Z"), datetime(2024, 5, 7).strftime("[%z][%Z]"))
print(f"{dt:%H:%M}", format(dt, "%Y"), f"{dt}", f"{date(2024, 1, 5)}", f"{dt!r}", format(date(2024, 1, 5), ""))
for text in ["2024-05-17", "2024-05-17T08:30", "2024-05-17 08:30:15", "2024-05-17T08:30:15.5",
             "2024-05-17T08:30:15.123456+02:00", "2024-05-17T08:30Z", "20240517"]:
    print(text, "->", repr(datetime.fromisoformat(text)))
print(repr(date.fromisoformat("2024-05-17")), repr(time.fromisoformat("08:30:15")))
for text, fmt in [("17/05/24 08:30 PM", "%d/%m/%y %I:%M %p"), ("2024-05-17", "%Y-%m-%d"),
                  ("Friday 17 May 2024", "%A %d %B %Y"), ("17 may 2024 23:59:59", "%d %b %Y %H:%M:%S"),
                  ("2024-05-17 08:30:00.25", "%Y-%m-%d %H:%M:%S.%f"), ("2024 137", "%Y %j"),
                  ("12:00 am", "%I:%M %p"), ("2024-05-17T08:30:00+0200", "%Y-%m-%dT%H:%M:%S%z")]:
    print(repr(datetime.strptime(text, fmt)))
