# TypeError: object is not subscriptable.
def get_count():
    return 3
print(get_count[0])
