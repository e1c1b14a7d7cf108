# f-strings: expressions, method calls, nested quotes, literal braces.
name = "World"
count = 3
items = ["apple", "pear"]
print(f"Hello, {name}!")
print(f"{count} items: {', '.join(items)}")
print(f"{count * 2 + 1} {len(items)} {items[0].upper()} {name[::-1]}")
print(f"{{literal braces}} {{{count}}}")
print(f"{'nested' + ' quotes'} {'yes' if count > 2 else 'no'}")
user = {"name": "ann", "age": 31}
print(f"{user['name']} is {user['age']}")
print(f"multi {name} "
      f"line {count}")
print(f"{[x * x for x in range(4)]}")
print(f"{3.0} {1/3} {None} {True}")
def greet(n):
    return f"hi {n}"
print(f"{greet('bob')!r}")
