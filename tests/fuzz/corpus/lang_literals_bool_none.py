# True, False and None: printing, identity, truthiness.
print(True, False, None)
print(repr(True), str(None), type(None).__name__, type(True).__name__)
print(True == 1, False == 0, True is True, None is None)
print(not None, not 0, not "", not [], not "x")
values = [0, 1, "", "a", [], [0], {}, None, 0.0, -1, ()]
print([bool(v) for v in values])
result = None
if result is None:
    print("no result yet")
print(None == False, None == 0)
print(True + True, True * 10, False - 1)
