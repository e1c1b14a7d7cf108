# except* handles part of a group; the rest propagates.
def work():
    raise ExceptionGroup("jobs", [ValueError("job 1"), TypeError("job 2"), ValueError("job 3")])
try:
    work()
except* ValueError as eg:
    for e in eg.exceptions:
        print("handled", e)
