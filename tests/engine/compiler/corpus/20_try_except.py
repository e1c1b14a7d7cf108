try:
    pass
except ValueError:
    pass

try:
    x = 1
except (ValueError, TypeError) as e:
    print(e)
except Exception:
    raise
except:
    pass
else:
    print("else")
finally:
    print("finally")

try:
    pass
finally:
    pass

try:
    raise ValueError("x") from None
except ValueError as err:
    raise RuntimeError("y") from err


def f():
    try:
        return 1
    finally:
        print("cleanup")
