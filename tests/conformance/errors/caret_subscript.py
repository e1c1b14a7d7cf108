# Carets under a subscript in a chain of attribute and item lookups.
class Registry:
    def __init__(self):
        self.entries = {"alpha": [1, 2, 3]}
registry = Registry()
print(registry.entries["alpha"][2])
print(registry.entries["alpha"][3] + registry.entries["alpha"][0])
