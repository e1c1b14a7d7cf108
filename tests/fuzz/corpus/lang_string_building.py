# Building text: join, repetition, padding, a formatted report.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 99.999)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}"
lines = [header, "-" * len(header)]
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    lines.append(f"{name:<12}{qty:>5}{price:>10.2f}{total:>10.2f}")
lines.append("=" * len(header))
lines.append(f"{'TOTAL':<27}{grand:>10.2f}")
print("\n".join(lines))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), repr("".join(parts)))
s = ""
for word in ["build", "a", "sentence"]:
    s += word.capitalize() + " "
print(s.strip() + ".")
bar = lambda v: "#" * int(v // 10) + "." * (10 - int(v // 10))
for label, pct in [("cpu", 73), ("mem", 41.5), ("disk", 100)]:
    print(f"{label:>5} [{bar(pct)}] {pct:5.1f}%")
