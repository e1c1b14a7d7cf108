# __cause__, __context__ and __suppress_context__ of caught exceptions.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not load") from e
try:
    load("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
err = ValueError("manual")
err.__cause__ = KeyError("origin")
print(repr(err.__cause__))
