# with statements with several context managers, and their exit order.
from contextlib import contextmanager
@contextmanager
def managed(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    finally:
        log.append(f"exit {name}")
log = []
with managed("a", log) as a, managed("b", log) as b, managed("c", log):
    log.append(f"body {a}{b}")
print(log)
log.clear()
try:
    with managed("outer", log), managed("inner", log):
        raise RuntimeError("boom")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()
with (managed("x", log) as x,
      managed("y", log) as y):
    log.append(x + y)
print(log)
