# Decorators: plain, with arguments, stacked, with functools.wraps.
import functools
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result!r}")
        return result
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
@repeat(3)
def roll():
    return "dice"
@trace
@shout
def welcome(name, punct="!"):
    """Welcome someone."""
    return f"welcome {name}{punct}"
print(greet("ann"), greet.__name__)
print(roll(), roll.__name__)
print(welcome("bob"))
print(welcome.__name__, welcome.__doc__)
calls = []
def register(fn):
    calls.append(fn.__name__)
    return fn
@register
def first():
    pass
@register
def second():
    pass
print(calls)
