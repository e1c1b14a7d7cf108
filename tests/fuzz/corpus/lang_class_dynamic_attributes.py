# getattr, setattr, hasattr, delattr, vars and __dict__ on objects.
class Config:
    debug = False
    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)
c = Config(host="localhost", port=8080)
print(getattr(c, "host"), getattr(c, "missing", "fallback"), getattr(c, "debug"))
print(hasattr(c, "port"), hasattr(c, "user"), hasattr(Config, "debug"))
setattr(c, "debug", True)
print(c.debug, Config.debug, vars(c))
delattr(c, "port")
print(vars(c), c.__dict__ is vars(c))
try:
    getattr(c, "port")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["host", "debug"]:
    print(name, "=", getattr(c, name))
class Flexible:
    def __getattr__(self, name):
        return f"<computed {name}>"
f = Flexible()
f.real = 1
print(f.real, f.anything, getattr(f, "other"))
