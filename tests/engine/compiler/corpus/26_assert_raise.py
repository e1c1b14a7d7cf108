def f(x):
    assert x
    assert x > 0, "must be positive"
    if x > 10:
        raise ValueError(f"too big: {x}")
    if x > 5:
        raise
    raise TypeError from None
