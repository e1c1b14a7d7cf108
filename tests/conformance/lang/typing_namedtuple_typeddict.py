# typing.NamedTuple and TypedDict classes, Generic classes, and how typing objects print.
from typing import NamedTuple, TypedDict, Generic, TypeVar, Optional, List, Dict, Callable, Union

T = TypeVar("T")


class Job(NamedTuple):
    name: str
    priority: int = 0

    def describe(self):
        return f"{self.name} (p{self.priority})"


class Movie(TypedDict):
    title: str
    year: int


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


jobs = [Job("backup", 2), Job("email")]
print(jobs, jobs[0].describe(), Job._fields, Job._field_defaults, sorted(jobs, key=lambda j: j.priority))
movie = Movie(title="Heat", year=1995)
print(movie, type(movie).__name__, Movie.__annotations__)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], T, Optional[int], List[Dict[str, int]], Callable[[int], str], Union[int, str, None])


def handler(callback: Callable[[str], None], retries: Optional[int] = None) -> bool:
    return True


print(handler.__annotations__)
