# Enum basics: members, names, values, iteration, comparison, lookup.
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color), [s.name for s in State], [s.value for s in State])
print(Color(2), Color["BLUE"], Color.RED is Color(1), Color.RED == 1, Color.RED == Color.RED)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, State.DONE)
state = State.PENDING
if state is State.PENDING:
    print("waiting to start")
transitions = {State.PENDING: State.RUNNING, State.RUNNING: State.DONE}
while state in transitions:
    state = transitions[state]
    print("now", state.name)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
class Level(Enum):
    LOW = "low"
    HIGH = "high"
print(Level("high"), f"{Level.LOW.value}", Level.HIGH.value.upper(), Color.RED.__class__.__name__)
