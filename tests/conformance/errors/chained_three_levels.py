# A chain of three exceptions, mixing explicit and implicit chaining.
def level3():
    raise KeyError("missing")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("bad value") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("request failed")
level1()
