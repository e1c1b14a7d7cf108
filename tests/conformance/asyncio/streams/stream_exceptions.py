# IncompleteReadError(partial, expected) and LimitOverrunError(message, consumed) built by a
# script: CPython's messages, args and attributes, and the argument check.
import asyncio
e = asyncio.IncompleteReadError(b"ab", 5)
print(repr(e), e.args, e.partial, e.expected, str(e), isinstance(e, EOFError))
print(asyncio.IncompleteReadError(partial=b"", expected=None))
l = asyncio.LimitOverrunError("too long", 7)
print(repr(l), l.consumed, l.args)
try:
    asyncio.IncompleteReadError(b"x")
except TypeError as t:
    print(t)
