# !r, !s, !a conversions and the self-documenting "=" specifier.
word = "café"
items = [1, "two", 3.0]
print(f"{word!r} {word!s} {word!a}")
print(f"{items!r} {items!s}")
x = 10
y = 3.5
print(f"{x=}")
print(f"{x = }")
print(f"{x * 2=}")
print(f"{y=:.2f}")
print(f"{word=}")
print(f"{word=!s}")
print(f"{items[1]=}")
print(f"{x+1=} and {len(items)=}")
total = sum(items[::2])
print(f"{total=:>8}")
