# The exception hierarchy, including the OSError family and asyncio's errors.
import asyncio
names = [ValueError, KeyError, IndexError, ZeroDivisionError, TypeError, AttributeError, NameError,
         UnboundLocalError, RuntimeError, RecursionError, NotImplementedError, StopIteration,
         StopAsyncIteration, TimeoutError, ConnectionError, ConnectionRefusedError, ConnectionResetError,
         ConnectionAbortedError, BrokenPipeError, FileNotFoundError, PermissionError, OSError, MemoryError,
         KeyboardInterrupt, SystemExit, GeneratorExit, AssertionError, ArithmeticError, OverflowError,
         LookupError, ImportError, ModuleNotFoundError, ExceptionGroup, BaseExceptionGroup, Exception]
for cls in names:
    print(cls.__name__, "->", cls.__mro__[1].__name__)
print(issubclass(asyncio.TimeoutError, TimeoutError), asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(ConnectionRefusedError, OSError), IOError is OSError)
try:
    {}["missing"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__, e)
try:
    raise ConnectionResetError("peer reset")
except OSError as e:
    print("caught via OSError:", type(e).__name__, e)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), repr(e), type(OSError(2, "x")).__name__)
