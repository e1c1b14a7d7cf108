xs = range(10)
a = [x * 2 for x in xs]
b = [x for x in xs if x % 2 if x > 3]
c = [(x, y) for x in xs for y in xs if x != y]
d = {x: x ** 2 for x in xs}
e = {x for x in xs}
f = (x for x in xs)
g = sum(x for x in xs)
h = [[y for y in range(x)] for x in xs]
i = [x for x, y in zip(xs, xs)]
j = [*[1, 2], *(x for x in xs)]
k = dict((k, v) for k, v in enumerate(xs))
