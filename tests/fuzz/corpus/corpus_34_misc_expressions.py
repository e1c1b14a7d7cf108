a = ...
b = None
c = True and False
d = [1, 2][0] if a is not None else ()
e = (yield_ := 3)
f = not not True
g = a if b else c if d else e
h = (1, 2)[0]
i = "abc".upper().lower()
j = [1, 2, 3].__len__()
k = {}.get("a", None)
l = (1).__add__(2)
m = 1 .real
n = 1.0.real
o = print
del o
