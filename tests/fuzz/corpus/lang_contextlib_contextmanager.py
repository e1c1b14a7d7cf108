# contextlib.contextmanager.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("content", t)
    with tag("p"):
        print("nested")
@contextmanager
def handled():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled:", e)
with handled():
    1 / 0
print("continued")
try:
    with tag("span"):
        raise ValueError("inside span")
except ValueError as e:
    print("caught", e)
@contextmanager
def timer(label, log):
    log.append(f"start {label}")
    yield log
    log.append(f"end {label}")
entries = []
with timer("a", entries) as log:
    log.append("work")
print(entries)
