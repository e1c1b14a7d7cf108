# try/except/else/finally: which blocks run, and in which order.
def attempt(value):
    try:
        print("  try", value)
        result = 10 / value
    except ZeroDivisionError:
        print("  except")
        return "error"
    else:
        print("  else")
        return result
    finally:
        print("  finally")
print(attempt(2))
print(attempt(0))
def finally_wins():
    try:
        return "try"
    finally:
        return "finally"
print(finally_wins())
def multiple(x):
    try:
        if x == 1:
            raise KeyError(x)
        if x == 2:
            raise IndexError(x)
        if x == 3:
            raise TypeError(x)
    except (KeyError, IndexError) as e:
        return f"lookup problem: {type(e).__name__}"
    except Exception as e:
        return f"other: {e!r}"
    return "fine"
print([multiple(x) for x in range(4)])
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("never")
else:
    print("else without error")
e = "before"
try:
    raise ValueError("temp")
except ValueError as e:
    pass
print("e" in dir())
