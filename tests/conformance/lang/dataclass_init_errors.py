# The generated __init__'s argument errors, and an uncaught error from __post_init__.
from dataclasses import dataclass, field


@dataclass
class Order:
    item: str
    quantity: int = 1
    notes: list = field(default_factory=list)

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive, got {self.quantity}")


for args, kwargs in [((), {}), (("tea", 2, [], 4), {}), (("tea",), {"qty": 2}), (("tea",), {"item": "x"})]:
    try:
        Order(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(Order("tea", notes=["green"]))
Order("tea", 0)
