# Chained comparisons, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 3, 0 <= x <= 4, x == 5 != 6, 1 < 2 < 3 < 4 > 2)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, "k" in {"k": 1}, 1 in {1: 0}.values())
print("abc" < "abd", (1, 2) <= (1, 2), [3] > [2, 9], 2 == 2.0, 1 != True)
score = 87
grade = "A" if score >= 90 else "B" if score >= 80 else "C"
print(grade)
print(max(3, 7) == 7 == len("seven!!"))
