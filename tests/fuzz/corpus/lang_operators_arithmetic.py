# Arithmetic operators and their precedence.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 17 // -5, 17 % -5, 2 ** -2, 7 / 2)
print(5 * "ab", [0] * 3, "x" + "y" * 2, 3 * (1,))
a = 10
a += 5
a -= 2
a *= 3
a //= 4
a **= 2
a %= 7
print(a)
s = "spam"
s += "!"
s *= 2
print(s)
f = 1.0
f /= 3
print(f)
print(+7, -(-7), ~7, abs(-7.5), 7 and 0, 1.5 * 2)
