# The dict methods tutorials use.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 10))
print(stock.setdefault("kiwi", 5), stock.setdefault("apple", 99), stock)
print(stock.pop("pear"), stock.pop("missing", "default"), stock)
stock.update({"plum": 7}, fig=2)
stock.update([("date", 1)])
print(stock)
print(stock.popitem(), stock)
print(list(stock.keys()), list(stock.values()), list(stock.items()))
clone = stock.copy()
clone["apple"] = 0
print(stock["apple"], clone["apple"])
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
print("apple" in stock, 3 in stock, len(stock))
clone.clear()
print(clone)
try:
    stock.pop("nothing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
