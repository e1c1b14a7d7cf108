x = 1
del x
y = [1, 2, 3]
del y[0], y[0:1]
z = {"a": 1}
del (z["a"])
pass
g = 0

def f():
    global g
    g = 1
    global h, i


def outer():
    v = 1

    def inner():
        nonlocal v
        v += 1
    inner()
    return v

a = 1; b = 2; c = 3;
if a: pass
