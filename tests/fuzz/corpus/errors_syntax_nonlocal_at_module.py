# SyntaxError: nonlocal declaration at module level.
nonlocal counter
counter = 0
