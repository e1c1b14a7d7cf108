# Operators on lists: concatenation, repetition, membership, comparison, recursion repr.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5, 3 in a, 9 not in a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
loop = [1, 2]
loop.append(loop)
print(loop)
matrix = [[1, 2], [3, 4]]
print([row[0] for row in matrix], list(zip(*matrix)))
total = []
total += (7, 8)
print(total)
print(list(map(str, a)), [x for x in a if x % 2], len([[]]))
