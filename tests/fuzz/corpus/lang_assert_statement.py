# assert, with and without messages, caught.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount
print(withdraw(100, 30))
for args in [(100, -5), (10, 50)]:
    try:
        withdraw(*args)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
assert True, "never shown"
x = [1]
assert x, "empty list"
print("all asserts done")
