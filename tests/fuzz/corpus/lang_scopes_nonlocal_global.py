# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "changed by middle"
        def inner():
            nonlocal x
            x += " and inner"
        inner()
    middle()
    return x
print(outer())
total = 5
def reads_global():
    return total * 2
def shadows():
    total = 1
    return total
print(reads_global(), shadows(), total)
def make_accumulator():
    items = []
    count = 0
    def add(v):
        nonlocal count
        items.append(v)
        count += 1
        return count, list(items)
    return add
acc = make_accumulator()
acc("a")
print(acc("b"))
