# Closures capture variables, not values.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def make_multiplier(factor):
    return lambda x: x * factor
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def outer():
    messages = []
    def log(msg):
        messages.append(msg)
    log("a")
    log("b")
    return messages
print(outer())
callbacks = []
for name in ["x", "y"]:
    def cb(n=name):
        return n
    callbacks.append(cb)
print([f() for f in callbacks])
def cell_demo():
    value = "first"
    def get():
        return value
    value = "second"
    return get
print(cell_demo()())
print(c1.__closure__ is not None, double.__code__.co_freevars)
