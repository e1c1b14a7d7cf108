# A custom exception class defined in __main__.
class PaymentDeclined(Exception):
    def __init__(self, amount, reason):
        super().__init__(f"{amount:.2f} declined: {reason}")
def charge(amount):
    if amount > 100:
        raise PaymentDeclined(amount, "limit exceeded")
    return "ok"
print(charge(50))
print(charge(250.5))
