# Iterating over dicts in the ways tutorials do.
inventory = {"apples": 4, "bananas": 12, "cherries": 0}
for name in inventory:
    print(name, end=" ")
print()
for name, qty in inventory.items():
    status = "out of stock" if qty == 0 else f"{qty} left"
    print(f"{name:>10}: {status}")
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.values()))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for key in list(inventory):
    if inventory[key] == 0:
        del inventory[key]
print(inventory)
print([k for k, v in counts.items() if v > 1])
nested = {"a": {"x": 1}, "b": {"y": 2}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
