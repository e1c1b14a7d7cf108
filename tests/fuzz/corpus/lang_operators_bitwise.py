# Bitwise operators on ints, as flags.
READ, WRITE, EXEC = 1, 2, 4
perms = READ | WRITE
print(perms, perms & WRITE, bool(perms & EXEC), perms ^ READ, ~perms, perms << 2, perms >> 1)
perms |= EXEC
perms &= ~WRITE
print(perms, bin(perms), f"{perms:03b}")
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, -1 & 0xFF, -16 >> 2, 1 << 100 >> 98)
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(mask, [b for b in range(8) if mask >> b & 1])
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3}, True & True, False | True)
