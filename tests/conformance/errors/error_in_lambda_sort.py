# An exception inside a key function.
people = [{"name": "ann", "age": 31}, {"name": "bob"}]
print(sorted(people, key=lambda p: p["age"]))
