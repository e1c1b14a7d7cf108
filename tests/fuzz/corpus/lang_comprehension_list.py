# List comprehensions: filters, nesting, expressions.
squares = [n * n for n in range(8)]
evens = [n for n in squares if n % 2 == 0]
pairs = [(x, y) for x in range(3) for y in "ab"]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [cell for row in matrix for cell in row if cell % 2]
print(squares, evens)
print(pairs)
print(matrix, transposed, flat)
words = ["Async", "await", "TASK", "loop"]
print([w.lower() for w in words if len(w) > 4], [len(w) for w in words])
print([x if x > 2 else 0 for x in range(5)])
print([[j for j in range(i)] for i in range(4)])
