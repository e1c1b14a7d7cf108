# SyntaxError: unterminated triple-quoted string literal.
def doc():
    """Start of a docstring that never ends.
    return 1
