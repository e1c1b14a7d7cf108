# SyntaxError: closing bracket does not match the opening one.
point = {"x": 1, "y": 2]
