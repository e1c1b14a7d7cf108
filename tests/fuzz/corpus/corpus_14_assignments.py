a = 1
b = c = d = 2
e, f = 1, 2
(g, h) = 1, 2
[i, j] = 1, 2
k, *l = [1, 2, 3]
*m, n = [1, 2, 3]
o, (p, q) = 1, (2, 3)
[r, *s], t = [1, 2], 3
obj = type("O", (), {})()
obj.attr = 5
arr = [0, 0]
arr[0] = 1
arr[0:1] = [2]
a += 1
a -= 1
a *= 2
a /= 2
a //= 1
a %= 3
a **= 2
a <<= 1
a >>= 1
a &= 1
a |= 1
a ^= 1
obj.attr += 1
arr[1] -= 1
x: int
y: int = 5
obj.z: int = 3
arr[0]: int
(w): int = 1
u = yield_ = 1
