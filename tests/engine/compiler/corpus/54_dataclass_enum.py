from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Optional


class State(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list[str] = field(default_factory=list)
    state: State = State.PENDING
    parent: Optional[Job] = None

    def __lt__(self, other: Job) -> bool:
        return self.priority < other.priority


jobs = sorted([Job("b", 2), Job("a", 1)])
print([j.name for j in jobs], jobs[0].state.value)
