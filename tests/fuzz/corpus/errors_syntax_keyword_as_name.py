# SyntaxError: assigning to a keyword.
class = "first"
