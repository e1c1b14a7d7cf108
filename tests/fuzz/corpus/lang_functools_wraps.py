# functools.wraps copies the wrapped function's metadata.
import functools
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} finished")
        return result
    return wrapper
def unwrapped_decorator(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@timed
def compute(x, y=2):
    """Multiply two numbers."""
    return x * y
@unwrapped_decorator
def other():
    """Docs lost."""
print(compute(3), compute(3, y=5))
print(compute.__name__, compute.__doc__, compute.__wrapped__(4))
print(other.__name__, other.__doc__)
print(compute.__qualname__, compute.__module__)
