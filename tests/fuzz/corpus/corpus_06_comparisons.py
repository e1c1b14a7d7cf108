a = 1
b = 2
r = a < b
r = a < b <= 3 > 0 >= -1 == 1 != 2
r = a is None
r = a is not None
r = a in [1, 2]
r = a not in (1, 2)
r = not a == b
r = a == b == a
