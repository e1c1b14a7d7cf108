# SyntaxError: 'break' outside loop.
def stop():
    break
