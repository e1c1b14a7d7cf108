# SyntaxError: cannot assign to function call.
def total():
    return 1
total() = 5
