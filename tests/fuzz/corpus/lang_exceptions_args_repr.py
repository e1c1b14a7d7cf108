# str() and repr() of exceptions with various arguments.
cases = [ValueError(), ValueError("one"), ValueError("one", 2), KeyError("key"), KeyError(42), KeyError(),
         IndexError("list index out of range"), OSError(2, "No such file or directory"),
         OSError(2, "No such file or directory", "data.txt"), StopIteration(7), SystemExit(3),
         Exception(None), RuntimeError(""), TimeoutError()]
for e in cases:
    print(f"repr={e!r} str={str(e)!r} args={e.args}")
try:
    {}["user_id"]
except KeyError as e:
    print(f"Missing key: {e}")
    print("Missing key:", e.args[0])
