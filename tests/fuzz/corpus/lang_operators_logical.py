# and/or/not return operands and short-circuit.
print(0 or "default", "" or None, "value" or "default", [] or {} or "last")
print(1 and 2, 0 and 2, "a" and "", None and 1)
print(not 0, not 1, not not "x", not [])
def check(name, result):
    print("checked", name)
    return result
print(check("a", False) and check("b", True))
print(check("c", True) or check("d", True))
config = {}
port = config.get("port") or 8080
name = config.get("name", "") or "anonymous"
print(port, name)
x = 7
print(x > 5 and x < 10, x < 5 or x > 6, not x == 7)
