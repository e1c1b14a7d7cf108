#!/usr/bin/env python3
"""Writes the expected sequences of the al_random_core tests, computed by the real CPython 3.11.

Run from anywhere:  python3 tests/engine/modules/random_core/gen_cases.py
It rewrites cases/sequences.json next to this script. Never edit that file by hand.

Each entry seeds a random.Random and runs a list of operations on it in order (the state
carries over from one operation to the next, so the order matters). A float is "0x" + its 16
hex IEEE-754 bits; an int is its decimal string; an error is {"error", "message"}.
"""
import json
import os
import struct
import sys
from random import Random

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def fbits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(fn):
    try:
        return {"ok": fn()}
    except Exception as e:  # the class and text are the expectation
        return {"error": type(e).__name__, "message": str(e)}


SEEDS = [
    {"int": "0"}, {"int": "1"}, {"int": "42"}, {"int": "12345"}, {"int": "-7"},
    {"int": str(2 ** 32)}, {"int": str(2 ** 100 + 3)}, {"int": str(10 ** 50)},
    {"int": str(-(3 ** 300))}, {"hash_of_float": 3.5}, {"hash_of_float": -1.5},
    {"str": "hello"}, {"str": "协程"}, {"bytes": "00ff10"},
]


def make(seed):
    r = Random()
    if "int" in seed:
        r.seed(int(seed["int"]))
    elif "hash_of_float" in seed:
        r.seed(seed["hash_of_float"])
        seed = {"hash": hash(seed["hash_of_float"])}
    elif "str" in seed:
        r.seed(seed["str"])
    else:
        r.seed(bytes.fromhex(seed["bytes"]))
    return r, seed


def operations(r):
    """(name, args, thunk) triples; thunks run in order against r."""
    ops = []
    add = lambda name, args, fn: ops.append((name, args, fn))
    for _ in range(5):
        add("random", [], lambda: fbits(r.random()))
    for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000]:
        add("getrandbits", [k], lambda k=k: str(r.getrandbits(k)))
    add("getrandbits", [-1], lambda: str(r.getrandbits(-1)))
    for stop in [10, 1, 2 ** 40, 10 ** 30, 0, -3]:
        add("randrange1", [str(stop)], lambda s=stop: str(r.randrange(s)))
    for a, b, step in [(3, 100, 7), (100, 3, -7), (0, 10, 1), (-5, 5, 2), (5, 5, 1), (10, 1, 1),
                       (1, 10, 0), (1, 10, -1), (0, 2 ** 70, 3), (-(10 ** 20), 10 ** 20, 1)]:
        add("randrange3", [str(a), str(b), str(step)],
            lambda a=a, b=b, s=step: str(r.randrange(a, b, s)))
    for _ in range(12):
        add("randint", ["1", "6"], lambda: str(r.randint(1, 6)))
    add("randint", ["5", "4"], lambda: str(r.randint(5, 4)))
    for n in [1, 2, 10, 1000]:
        add("choice", [n], lambda n=n: r.choice(range(n)))
    add("choice", [0], lambda: r.choice([]))
    for n in [0, 1, 2, 20, 100]:
        add("shuffle", [n], lambda n=n: (lambda x: (r.shuffle(x), x)[1])(list(range(n))))
    for n, k in [(100, 10), (50, 10), (1000, 200), (5, 5), (5, 0), (30, 6), (10, 11), (10, -1),
                 (10 ** 6, 3), (22, 5), (21, 5), (85, 10), (86, 10)]:
        add("sample", [n, k], lambda n=n, k=k: r.sample(range(n), k))
    add("uniform", [fbits(1.0), fbits(10.0)], lambda: fbits(r.uniform(1.0, 10.0)))
    add("uniform", [fbits(5.0), fbits(-5.0)], lambda: fbits(r.uniform(5.0, -5.0)))
    add("triangular", [fbits(0.0), fbits(1.0), None], lambda: fbits(r.triangular()))
    add("triangular", [fbits(1.0), fbits(3.0), fbits(2.5)], lambda: fbits(r.triangular(1.0, 3.0, 2.5)))
    add("triangular", [fbits(2.0), fbits(2.0), fbits(2.0)], lambda: fbits(r.triangular(2.0, 2.0, 2.0)))
    for _ in range(3):
        add("gauss", [fbits(0.0), fbits(1.0)], lambda: fbits(r.gauss()))
    add("gauss", [fbits(10.0), fbits(2.0)], lambda: fbits(r.gauss(10.0, 2.0)))
    for _ in range(3):
        add("normalvariate", [fbits(0.0), fbits(1.0)], lambda: fbits(r.normalvariate()))
    add("expovariate", [fbits(1.5)], lambda: fbits(r.expovariate(1.5)))
    add("expovariate", [fbits(0.0)], lambda: fbits(r.expovariate(0.0)))
    add("choices", [7, 10], lambda: r.choices(range(7), k=10))
    add("choices_cum", [[1.0, 3.0, 6.0, 10.0], 8],
        lambda: r.choices(range(4), cum_weights=[1.0, 3.0, 6.0, 10.0], k=8))
    add("choices_cum", [[0.0, 0.0], 1], lambda: r.choices(range(2), cum_weights=[0.0, 0.0]))
    add("randbytes", [5], lambda: r.randbytes(5).hex())
    add("randbytes", [0], lambda: r.randbytes(0).hex())
    add("random", [], lambda: fbits(r.random()))
    return ops


def main():
    os.makedirs(OUT, exist_ok=True)
    entries = []
    for seed in SEEDS:
        r, shown = make(seed)
        steps = [{"op": name, "args": args, **outcome(fn)} for name, args, fn in operations(r)]
        entries.append({"seed": shown, "steps": steps})
    with open(os.path.join(OUT, "sequences.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":"))
                                   for e in entries) + "\n]\n")
    print(f"sequences: {len(entries)} seeds")


if __name__ == "__main__":
    main()
