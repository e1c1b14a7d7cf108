def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]


def outer():
    a = 1

    def middle():
        def inner():
            return a
        return inner
    return middle


x = 10


def reads_global():
    return x


def writes_global():
    global x
    x = 20
