# Looking up a missing value raises ValueError from inside enum; the traceback shows only the
# caller's frame.
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


print(Status("active"), Status["INACTIVE"], [s.value for s in Status])
print(Status("archived"))
