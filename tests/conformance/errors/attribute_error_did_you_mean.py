# AttributeError with a "Did you mean" suggestion on an instance.
class Order:
    def __init__(self, items):
        self.items = items
        self.quantity = len(items)
order = Order(["book"])
print(order.items)
print(order.quantitiy)
