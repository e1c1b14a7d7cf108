# Nested replacement fields inside format specs.
width = 12
precision = 3
value = 2 / 3
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
for w in (4, 6, 8):
    print(f"[{'ab':^{w}}]")
align = "<"
print(f"[{'x':{align}{width}}]")
fill = "."
print(f"[{'toc':{fill}<20}{42:{fill}>5}]")
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
col = max(len(str(r[0])) for r in rows)
for a, b in rows:
    print(f"{a:<{col}} | {b:>{precision}}")
