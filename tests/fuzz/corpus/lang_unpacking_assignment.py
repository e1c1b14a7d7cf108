# Chained, tuple, starred and nested unpacking assignments.
a = b = c = 0
print(a, b, c)
x, y = 1, 2
(p, q), r = (3, 4), 5
print(x, y, p, q, r)
head, *tail = [1, 2, 3, 4]
*init, last = "abcd"
first, *middle, end = range(5)
print(head, tail, init, last, first, middle, end)
one, *empty = [1]
print(one, empty)
for i, (name, score) in enumerate([("ann", 9), ("bob", 7)]):
    print(i, name, score)
key, value = "port=8080".split("=")
print(key, int(value))
[m, n] = [10, 20]
print(m + n)
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
d = {}
d["a"], d["b"] = "xy"
print(d)
