# An uncaught AssertionError with a message.
def apply_discount(price, pct):
    assert 0 <= pct <= 100, f"discount must be 0-100, got {pct}"
    return price * (100 - pct) / 100
print(apply_discount(80, 25))
print(apply_discount(80, 150))
