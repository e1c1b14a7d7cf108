# An invalid date raised from inside datetime: only the script's frame is shown.
import datetime

print(datetime.date(2024, 2, 29))
due = datetime.datetime(2023, 2, 29, 9, 0)
print(due)
