# Annotations are recorded but not enforced.
from typing import Optional, List, Dict
count: int = 5
name: str = "loop"
maybe: Optional[int] = None
ratio: float
items: List[int] = [1, 2]
def scale(values: List[float], factor: float = 2.0) -> List[float]:
    return [v * factor for v in values]
print(count, name, maybe, items, scale([1.5, 2]))
wrong: int = "not an int"
print(wrong)
print(__annotations__["count"], sorted(__annotations__))
print(scale.__annotations__["factor"], sorted(scale.__annotations__))
class Config:
    host: str = "localhost"
    port: int = 8080
    tags: Dict[str, int]
print(Config.host, Config.port, list(Config.__annotations__))
try:
    print(ratio)
except NameError as e:
    print("NameError:", e)
