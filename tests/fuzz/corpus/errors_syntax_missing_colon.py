# SyntaxError: expected ':'.
def greet(name)
    return "hi " + name
