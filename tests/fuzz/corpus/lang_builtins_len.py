# len on builtins and custom classes.
print(len("hello"), len(""), len("中文"), len([1, [2, 3]]), len((1,)), len({"a": 1, "b": 2}), len({1, 1, 2}))
print(len(range(0, 10, 3)), len(b"\x00\x01"), len(frozenset("abc")), len(range(10 ** 12)))
class Team:
    def __init__(self, *members):
        self.members = members
    def __len__(self):
        return len(self.members)
print(len(Team("a", "b")), len(Team()), bool(Team()))
for bad in (5, None, 2.5):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class Negative:
    def __len__(self):
        return -1
try:
    len(Negative())
except ValueError as e:
    print("ValueError:", e)
