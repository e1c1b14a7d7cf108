# A small program: accounts with validation, custom errors and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance:.2f}, needs {amount:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id} {self.owner!r} {self.balance:.2f})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice, bob = Account("alice", 100), Account("bob")
operations = [(alice, bob, 30), (bob, alice, 50), (alice, bob, -5), (alice, bob, 70)]
for src, dst, amount in operations:
    try:
        transfer(src, dst, amount)
        print(f"moved {amount} from {src.owner} to {dst.owner}")
    except InsufficientFunds as e:
        print("refused:", e)
    except ValueError as e:
        print("invalid:", e)
print(alice, bob)
print(alice.history, bob.history)
