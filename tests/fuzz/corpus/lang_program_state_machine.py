# A small program: an order state machine with Enum and a dispatch table.
from enum import Enum
class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
TRANSITIONS = {
    (State.NEW, "pay"): State.PAID,
    (State.NEW, "cancel"): State.CANCELLED,
    (State.PAID, "ship"): State.SHIPPED,
    (State.PAID, "cancel"): State.CANCELLED,
    (State.SHIPPED, "deliver"): State.DELIVERED,
}
class Order:
    def __init__(self, number):
        self.number = number
        self.state = State.NEW
    def handle(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            print(f"order {self.number}: cannot {event} when {self.state.value}")
            return False
        old, self.state = self.state, TRANSITIONS[key]
        print(f"order {self.number}: {old.name} -> {self.state.name}")
        return True
orders = [Order(1), Order(2)]
script = [(0, "pay"), (1, "ship"), (0, "ship"), (1, "cancel"), (0, "deliver"), (1, "pay"), (0, "cancel")]
for idx, event in script:
    orders[idx].handle(event)
print({o.number: o.state for o in orders})
