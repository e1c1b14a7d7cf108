# Augmented assignment: in place for lists, rebinding for tuples and strings.
items = [1, 2]
alias = items
items += [3]
print(items, alias, items is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
s = "a"
s += "b"
print(s)
counts = {"x": 0}
counts["x"] += 5
counts["x"] -= 1
print(counts)
class Score:
    total = 0
Score.total += 10
obj = Score()
obj.total += 1
print(Score.total, obj.total)
n = 7
n <<= 2
n |= 1
n ^= 3
n >>= 1
print(n)
grid = [[0, 0], [0, 0]]
grid[1][0] += 9
print(grid)
