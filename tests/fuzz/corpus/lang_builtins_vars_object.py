# vars, object, setattr on instances, dir on simple objects.
class Settings:
    theme = "dark"
    def __init__(self):
        self.volume = 7
        self.muted = False
s = Settings()
print(vars(s), "theme" in vars(Settings), vars(s) is s.__dict__)
s.extra = [1]
print(vars(s))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), isinstance(5, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class Sentinel:
    pass
MISSING = object()
def lookup(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        return "no default given"
    return default
print(lookup({}, "k"), lookup({}, "k", None), lookup({"k": 1}, "k"))
print([n for n in dir(s) if not n.startswith("_")])
