# A metaclass written in Python: its classes keep type's __dict__, __doc__ and attributes.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.label = name.lower()
        mcls.classes.append(name)
        return cls

    def describe(cls):
        return f"{cls.__name__} ({cls.label})"

class Plugin(metaclass=Registry):
    """A plugin."""
    order = 1

    def run(self):
        return "running " + self.label

class Child(Plugin):
    order = 2

print(Registry.classes, type(Child).__name__)
print(Plugin.describe(), Child.describe(), Child().run())
print(sorted(k for k in Plugin.__dict__ if not k.startswith("__")))
print(sorted(k for k in Registry.__dict__ if not k.startswith("_")))
print("__dict__" in Registry.__dict__, "__weakref__" in Registry.__dict__)
print(Plugin.__doc__, Child.__doc__)
Plugin.__doc__ = "Changed."
print(Plugin.__doc__)

class Plain:
    "first"
Plain.__doc__ = "second"
print(Plain.__doc__, Plain.__dict__["__doc__"])
for target in (int, Registry):
    try:
        target.__doc__ = "no"
    except TypeError as err:
        print(err)
try:
    del Plain.__doc__
except TypeError as err:
    print(err)
