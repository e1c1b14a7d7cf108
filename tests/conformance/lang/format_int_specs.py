# format() and f-string fields of ints with width, zero padding and d/x/X/o/b, including
# negative numbers, the int64 edges, big ints, bools and int subclasses.
values = [0, 7, -7, 255, -255, 65535, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64 + 5, -(2**70)]
specs = ["", "d", "x", "X", "o", "b", "0", "5", "05", "08x", "010b", "-8", "00x", "005d",
         "12X", "1", "01", "0d", "3o", "#x", "+d", ",", "_x", ">6", "*^9x", " d", "c"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(v, row)

for spec in ["0", "5", "03x", "b"]:
    print(repr(format(True, spec)), repr(format(False, spec)))


class Level(int):
    pass


print(f"{Level(42):04x}|{Level(-3):5}|{Level(9):b}")
n = 1234
print(f"{n}:{n * 3:x};{n:08d}|{-n:06X}|{n:o}")
for bad in ["5q", "05z", "0x5", "x5", "999999999999999999999d"]:
    try:
        print(format(5, bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
