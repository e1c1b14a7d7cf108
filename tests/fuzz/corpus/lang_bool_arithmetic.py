# bool is an int subclass.
print(True + True, True * 3, False + 1, -True, True / 2, True // 2, True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__)
flags = [True, False, True, True]
print(sum(flags), flags.count(True), any(flags), all(flags))
print(True == 1, {True: "yes", 1: "one"}, {1: "one", True: "yes"})
print(bool(3) and bool(""), str(True).lower(), int(False), f"{True:d}", f"{True}")
print(max(False, True), sorted([True, False, 0, 1]), [1, 2, 3][True])
