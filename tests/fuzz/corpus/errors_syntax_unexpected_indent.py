# IndentationError: unexpected indent.
def greet(name):
    message = f"hello {name}"
        print(message)
greet("ann")
