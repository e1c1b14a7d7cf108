import contextlib

with open("/dev/null") as f:
    pass

with open("/dev/null") as f, open("/dev/null") as g:
    pass

with contextlib.suppress(Exception):
    pass

with (open("/dev/null") as a, open("/dev/null") as b,):
    pass

with (open("/dev/null")):
    pass

with open("/dev/null") as (x):
    pass

