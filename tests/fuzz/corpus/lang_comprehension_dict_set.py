# Dict and set comprehensions.
words = ["apple", "banana", "avocado", "cherry", "blueberry"]
lengths = {w: len(w) for w in words}
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
initials = {w[0] for w in words}
print(lengths)
print(by_letter)
print(sorted(initials), len(initials))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
squares = {n: n ** 2 for n in range(6) if n % 2}
print(squares, {n % 3 for n in range(10)})
grid = {(x, y): x * y for x in range(3) for y in range(2)}
print(grid)
