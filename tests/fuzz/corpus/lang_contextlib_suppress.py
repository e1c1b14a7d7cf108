# contextlib.suppress.
from contextlib import suppress
config = {"port": "8080"}
with suppress(KeyError):
    print(config["host"])
print("no host configured")
with suppress(ValueError, TypeError):
    int("not a number")
    print("not reached")
with suppress(ZeroDivisionError):
    print("before", 10 / 2)
print("done")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes through:", e)
values = ["1", "x", "3", None]
parsed = []
for v in values:
    with suppress(ValueError, TypeError):
        parsed.append(int(v))
print(parsed)
