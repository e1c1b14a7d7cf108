# Default values are evaluated once; the mutable-default pitfall.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter = 10
def show(value=counter):
    return value
counter = 20
print(show(), show(5))
print(append_to.__defaults__, show.__defaults__, append_safe.__name__)
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"
print(greet("ann"), greet("bob", punctuation="?"), greet("cid", "Hi"))
