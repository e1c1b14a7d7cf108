# An uncaught FrozenInstanceError: the generated __setattr__ runs from "<string>".
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


cfg = Config("localhost")
print(cfg, hash(cfg) == hash(("localhost", 8080)))
cfg.port = 9000
