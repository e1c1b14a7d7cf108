# Conditional expressions.
for n in [-3, 0, 4]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
items = []
print("empty" if not items else "has items")
values = [1, 2, 3, 4, 5, 6]
print(["even" if v % 2 == 0 else "odd" for v in values])
def describe(count):
    return f"{count} {'item' if count == 1 else 'items'}"
print(describe(1), describe(2))
limit = None
print(10 if limit is None else limit)
