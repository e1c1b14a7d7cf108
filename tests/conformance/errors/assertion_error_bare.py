# An uncaught bare AssertionError.
items = []
assert items
