# Classes: class attributes, instance attributes, methods.
class Account:
    bank = "PyBank"
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
a = Account("ann", 100)
b = Account("bob")
print(a.deposit(50), b.deposit(10), a.withdraw(30))
print(a.bank, Account.bank, Account.count, a.owner, b.balance)
try:
    b.withdraw(100)
except ValueError as e:
    print("ValueError:", e)
a.bank = "Other"
print(a.bank, b.bank, Account.bank)
print(type(a).__name__, type(a) is Account, isinstance(b, Account), Account.__name__)
method = a.deposit
print(method(5), Account.deposit(b, 1))
print(sorted(vars(a)), a.__dict__["owner"], Account.__qualname__)
class Empty:
    pass
e = Empty()
e.anything = 42
print(e.anything, type(e).__name__)
