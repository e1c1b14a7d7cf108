x = ((((((1))))))
y = [[[[[[]]]]]]
z = {"a": {"b": {"c": [1, (2, {3})]}}}
w = f(g(h(i(j(k(1)))))) if False else 0
v = (lambda: (lambda: (lambda: 1)))()()()
u = ([(x, y) for x in range(2)] for y in range(2))
t = [i for i in [j for j in [k for k in range(3)]]]
