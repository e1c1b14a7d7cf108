#!/usr/bin/env python3
"""Program generator of the asyncio differential fuzzer.

    python3 tests/fuzz/asyncio_gen.py SEED [-o FILE]

Given a seed, writes a random asyncio program (the same text for the same seed, on every
machine) that exercises the scheduler: tasks, sleeps with equal deadlines, sleep(0), Event,
Lock, Semaphore, Condition, bounded queues, Futures, cancellations, timeouts, gather, wait,
as_completed, wait_for, shield, TaskGroup and exceptions. Every log line carries loop.time()
and the current task's name, so the output is the schedule.

Guarantees, by construction:
- Termination under CPython: every wait that another task must satisfy (Event, Condition,
  Queue, Future) sits under asyncio.timeout or wait_for; Lock and Semaphore are only held
  around sleeps and prints; loops are bounded; main finally awaits every task it created and
  sleeps long enough for detached helpers to finish, so asyncio.run has nothing to cancel.
- Determinism: the output never depends on memory addresses. CPython iterates sets of tasks
  in address order in TaskGroup's abort, asyncio.run's final cancellation, wait()'s result sets
  and as_completed() of coroutines, so the programs never print set order, pass only tasks to
  as_completed, cancel explicitly in list order, and give TaskGroup children nothing observable
  to do when cancelled. No exception is left unretrieved and no thread is used.
- Language: only the subset of issue 2 (f-strings, classes, try/except/except*, async with,
  lambdas, comprehensions).

Sections: vocabulary · the generator (helpers, actions, workers, main) · command line.
"""

import argparse
import random
import sys

# --- vocabulary --------------------------------------------------------------------------

# Durations: mostly dyadic so that sums are exact and deadlines coincide (equal-deadline timer
# order is what the fuzzer is after); a few decimal ones exercise float clock arithmetic.
SLEEPS = [0, 0, 0.25, 0.25, 0.5, 0.5, 0.75, 1, 1, 1.5, 0.1, 0.2, 0.3]
TIMEOUTS = [0.25, 0.5, 0.75, 1, 1.5, 2, 0.3]
EXCEPTIONS = ["ValueError", "KeyError", "RuntimeError", "LookupError"]


class Program:
    """Source lines with indentation."""

    def __init__(self):
        self.lines = []

    def add(self, indent, text):
        for line in text.split("\n"):
            self.lines.append("    " * indent + line if line else "")

    def text(self):
        return "\n".join(self.lines) + "\n"


# --- the generator -----------------------------------------------------------------------

class Generator:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.helpers = []       # (name, lines) of helper coroutines
        self.tg_children = []   # names of TaskGroup child coroutines
        self.label_count = 0
        r = self.rng
        self.queue_kind = r.choice(["Queue", "Queue", "PriorityQueue", "LifoQueue"])
        self.queue_size = r.choice([1, 1, 2, 3])
        self.sem_kind = r.choice(["Semaphore", "BoundedSemaphore"])
        self.sem_value = r.choice([1, 2, 2, 3])

    # helpers ---------------------------------------------------------------------------

    def label(self, prefix):
        self.label_count += 1
        return f"{prefix}{self.label_count}"

    def sleep(self):
        return self.rng.choice(SLEEPS)

    def timeout(self):
        return self.rng.choice(TIMEOUTS)

    def new_helper(self, may_raise):
        """A small coroutine that sleeps and logs, and may raise; returns its name."""
        r = self.rng
        name = f"helper_{len(self.helpers)}"
        body = Program()
        body.add(0, f"async def {name}(sh):")
        body.add(1, f'log("{name} start")')
        for _ in range(r.randint(1, 3)):
            body.add(1, f"await asyncio.sleep({self.sleep()})")
        if may_raise and r.random() < 0.4:
            exc = r.choice(EXCEPTIONS)
            body.add(1, f'raise {exc}("{name} failed")')
        else:
            body.add(1, f'log("{name} end")')
            body.add(1, f'return "{name} result"')
        self.helpers.append((name, body))
        return name

    def new_tg_child(self):
        """A TaskGroup child: it only sleeps and logs, so the (address-ordered) cancellation
        of its siblings on abort is invisible."""
        r = self.rng
        name = f"tg_child_{len(self.tg_children)}"
        body = Program()
        body.add(0, f"async def {name}(sh):")
        body.add(1, f"await asyncio.sleep({self.sleep()})")
        body.add(1, f'log("{name} awake")')
        if r.random() < 0.35:
            body.add(1, f"await asyncio.sleep({self.sleep()})")
            body.add(1, f'raise ValueError("{name} failed")')
        body.add(1, f'return "{name} result"')
        self.helpers.append((name, body))
        self.tg_children.append(name)
        return name

    # actions: each returns source text for one statement group of a worker body ----------

    def act_sleep(self, w):
        return f"await asyncio.sleep({self.sleep()})\nlog(\"{self.label(w)} slept\")"

    def act_sleep0(self, w):
        n = self.rng.randint(1, 3)
        return f"for _ in range({n}):\n    await asyncio.sleep(0)\nlog(\"{self.label(w)} yielded {n}x\")"

    def act_lock(self, w):
        lb = self.label(w)
        body = (f"async with sh.lock:\n"
                f"    log(f\"{lb} holds lock\")\n"
                f"    await asyncio.sleep({self.sleep()})\n"
                f"log(f\"{lb} released lock, locked={{sh.lock.locked()}}\")")
        if self.rng.random() < 0.4:
            return self.under_timeout(body, lb)
        return body

    def act_sem(self, w):
        lb = self.label(w)
        body = (f"async with sh.sem:\n"
                f"    log(f\"{lb} in semaphore, locked={{sh.sem.locked()}}\")\n"
                f"    await asyncio.sleep({self.sleep()})\n"
                f"log(\"{lb} left semaphore\")")
        if self.rng.random() < 0.3:
            return self.under_timeout(body, lb)
        return body

    def under_timeout(self, body, lb):
        inner = "\n".join("        " + line for line in body.split("\n"))
        return (f"try:\n"
                f"    async with asyncio.timeout({self.timeout()}):\n"
                f"{inner}\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} timed out\")")

    def act_event_wait(self, w):
        lb = self.label(w)
        if self.rng.random() < 0.5:
            return (f"try:\n"
                    f"    async with asyncio.timeout({self.timeout()}):\n"
                    f"        await sh.event.wait()\n"
                    f"    log(\"{lb} saw event\")\n"
                    f"except TimeoutError:\n"
                    f"    log(\"{lb} event timeout\")")
        return (f"try:\n"
                f"    ok = await asyncio.wait_for(sh.event.wait(), {self.timeout()})\n"
                f"    log(f\"{lb} saw event {{ok}}\")\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} event wait_for timeout\")")

    def act_event_set(self, w):
        lb = self.label(w)
        if self.rng.random() < 0.25:
            return f"sh.event.clear()\nlog(\"{lb} cleared event\")"
        return f"sh.event.set()\nlog(\"{lb} set event\")"

    def act_cond_wait(self, w):
        lb = self.label(w)
        t = self.timeout()
        if self.rng.random() < 0.4:
            k = self.rng.randint(1, 4)
            wait = f"await sh.cond.wait_for(lambda: sh.counter >= {k})"
        else:
            wait = "await sh.cond.wait()"
        return (f"try:\n"
                f"    async with sh.cond:\n"
                f"        log(\"{lb} waits on condition\")\n"
                f"        async with asyncio.timeout({t}):\n"
                f"            {wait}\n"
                f"        log(f\"{lb} condition woke, counter={{sh.counter}}\")\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} condition timeout\")")

    def act_cond_notify(self, w):
        lb = self.label(w)
        how = self.rng.choice(["notify()", "notify(2)", "notify_all()"])
        return (f"async with sh.cond:\n"
                f"    sh.counter += 1\n"
                f"    sh.cond.{how}\n"
                f"    log(f\"{lb} {how}, counter={{sh.counter}}\")")

    def act_put(self, w):
        lb = self.label(w)
        item = self.rng.randint(0, 99)
        if self.rng.random() < 0.3:
            return (f"try:\n"
                    f"    sh.queue.put_nowait({item})\n"
                    f"    log(f\"{lb} put_nowait {item}, qsize={{sh.queue.qsize()}}\")\n"
                    f"except asyncio.QueueFull:\n"
                    f"    log(\"{lb} queue full\")")
        return (f"try:\n"
                f"    async with asyncio.timeout({self.timeout()}):\n"
                f"        await sh.queue.put({item})\n"
                f"    log(f\"{lb} put {item}, qsize={{sh.queue.qsize()}}\")\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} put timeout\")")

    def act_get(self, w):
        lb = self.label(w)
        if self.rng.random() < 0.3:
            return (f"try:\n"
                    f"    item = sh.queue.get_nowait()\n"
                    f"    sh.queue.task_done()\n"
                    f"    log(f\"{lb} get_nowait {{item}}\")\n"
                    f"except asyncio.QueueEmpty:\n"
                    f"    log(\"{lb} queue empty\")")
        return (f"try:\n"
                f"    async with asyncio.timeout({self.timeout()}):\n"
                f"        item = await sh.queue.get()\n"
                f"    sh.queue.task_done()\n"
                f"    log(f\"{lb} got {{item}}, qsize={{sh.queue.qsize()}}\")\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} get timeout\")")

    def act_future_set(self, w):
        lb = self.label(w)
        return (f"if not sh.fut.done():\n"
                f"    sh.fut.set_result(\"{lb}\")\n"
                f"    log(\"{lb} completed the future\")")

    def act_future_wait(self, w):
        lb = self.label(w)
        return (f"try:\n"
                f"    value = await asyncio.wait_for(asyncio.shield(sh.fut), {self.timeout()})\n"
                f"    log(f\"{lb} future gave {{value}}\")\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} future timeout\")")

    def act_cancel_guard(self, w):
        lb = self.label(w)
        if self.rng.random() < 0.35:
            handler = (f"    log(f\"{lb} swallows cancel, cancelling={{asyncio.current_task().cancelling()}}\")\n"
                       f"    asyncio.current_task().uncancel()")
        else:
            handler = (f"    log(\"{lb} cancelled\")\n"
                       f"    raise")
        return (f"try:\n"
                f"    await asyncio.sleep({self.sleep()})\n"
                f"    log(\"{lb} not cancelled\")\n"
                f"except asyncio.CancelledError:\n"
                f"{handler}")

    def act_finally(self, w):
        lb = self.label(w)
        return (f"try:\n"
                f"    await asyncio.sleep({self.sleep()})\n"
                f"finally:\n"
                f"    log(\"{lb} finally\")")

    def act_helper_inline(self, w):
        lb = self.label(w)
        h = self.new_helper(may_raise=True)
        call = self.rng.choice([f"await {h}(sh)", f"await asyncio.create_task({h}(sh))"])
        return (f"try:\n"
                f"    r = {call}\n"
                f"    log(f\"{lb} helper gave {{r}}\")\n"
                f"except Exception as e:\n"
                f"    log(f\"{lb} helper raised {{e!r}}\")")

    def act_gather(self, w):
        lb = self.label(w)
        names = [self.new_helper(may_raise=True) for _ in range(self.rng.randint(2, 3))]
        args = ", ".join(f"{n}(sh)" for n in names)
        if self.rng.random() < 0.5:
            return (f"rs = await asyncio.gather({args}, return_exceptions=True)\n"
                    f"log(f\"{lb} gather {{rs!r}}\")")
        return (f"try:\n"
                f"    rs = await asyncio.gather({args})\n"
                f"    log(f\"{lb} gather {{rs!r}}\")\n"
                f"except Exception as e:\n"
                f"    log(f\"{lb} gather raised {{e!r}}\")")

    def act_wait_for_helper(self, w):
        lb = self.label(w)
        h = self.new_helper(may_raise=True)
        return (f"try:\n"
                f"    r = await asyncio.wait_for({h}(sh), {self.timeout()})\n"
                f"    log(f\"{lb} wait_for gave {{r}}\")\n"
                f"except TimeoutError:\n"
                f"    log(\"{lb} wait_for timeout\")\n"
                f"except Exception as e:\n"
                f"    log(f\"{lb} wait_for raised {{e!r}}\")")

    def act_shield_helper(self, w):
        lb = self.label(w)
        # A shielded helper never raises: if the worker is cancelled first, shield stops
        # watching the helper and its exception would be logged as never retrieved.
        h = self.new_helper(may_raise=False)
        return (f"try:\n"
                f"    r = await asyncio.shield({h}(sh))\n"
                f"    log(f\"{lb} shield gave {{r}}\")\n"
                f"except Exception as e:\n"
                f"    log(f\"{lb} shield raised {{e!r}}\")")

    def act_timeout_block(self, w):
        lb = self.label(w)
        lines = ["try:",
                 f"    async with asyncio.timeout({self.timeout()}) as cm:",
                 f"        await asyncio.sleep({self.sleep()})"]
        if self.rng.random() < 0.4:
            lines += [f"        cm.reschedule(asyncio.get_running_loop().time() + {self.timeout()})",
                      f"        log(f\"{lb} rescheduled to {{cm.when()!r}}\")"]
        lines += [f"        await asyncio.sleep({self.sleep()})",
                  f"    log(f\"{lb} timeout block done, expired={{cm.expired()}}\")",
                  "except TimeoutError:",
                  f"    log(\"{lb} timeout block expired\")"]
        return "\n".join(lines)

    def act_taskgroup(self, w):
        lb = self.label(w)
        names = [self.new_tg_child() for _ in range(self.rng.randint(1, 3))]
        creates = "\n".join(f"        tg.create_task({n}(sh))" for n in names)
        return (f"try:\n"
                f"    async with asyncio.TaskGroup() as tg:\n"
                f"{creates}\n"
                f"    log(\"{lb} task group done\")\n"
                f"except* ValueError as eg:\n"
                f"    log(f\"{lb} task group errors {{[str(e) for e in eg.exceptions]}}\")")

    def act_counter(self, w):
        lb = self.label(w)
        return f"sh.counter += 1\nlog(f\"{lb} counter={{sh.counter}}\")"

    ACTIONS = [
        (act_sleep, 6), (act_sleep0, 3), (act_lock, 4), (act_sem, 3), (act_event_wait, 3),
        (act_event_set, 3), (act_cond_wait, 2), (act_cond_notify, 2), (act_put, 3),
        (act_get, 3), (act_future_set, 1), (act_future_wait, 1), (act_cancel_guard, 3),
        (act_finally, 1), (act_helper_inline, 2), (act_gather, 2), (act_wait_for_helper, 2),
        (act_shield_helper, 1), (act_timeout_block, 2), (act_taskgroup, 2), (act_counter, 1),
    ]

    def pick_action(self):
        total = sum(weight for _, weight in self.ACTIONS)
        x = self.rng.uniform(0, total)
        for action, weight in self.ACTIONS:
            x -= weight
            if x <= 0:
                return action
        return self.ACTIONS[-1][0]

    # workers ---------------------------------------------------------------------------

    def worker(self, index):
        r = self.rng
        w = f"w{index}."
        p = Program()
        p.add(0, f"async def worker_{index}(sh):")
        p.add(1, f'log("worker_{index} start")')
        for _ in range(r.randint(3, 7)):
            p.add(1, self.pick_action()(self, w))
        ending = r.random()
        if ending < 0.2:
            exc = r.choice(EXCEPTIONS)
            p.add(1, f'raise {exc}("worker_{index} failed")')
        elif ending < 0.3:
            exc = r.choice(EXCEPTIONS)
            p.add(1, f"if sh.counter % 2 == 1:")
            p.add(2, f'raise {exc}("worker_{index} failed on odd counter")')
            p.add(1, f'return "worker_{index} result"')
        else:
            p.add(1, f'log("worker_{index} end")')
            p.add(1, f'return "worker_{index} result"')
        return p

    # main ------------------------------------------------------------------------------

    def main(self, n_workers):
        r = self.rng
        p = Program()
        p.add(0, "async def main():")
        p.add(1, "loop = asyncio.get_running_loop()")
        p.add(1, "sh = Shared()")
        p.add(1, "sh.lock = asyncio.Lock()")
        p.add(1, f"sh.sem = asyncio.{self.sem_kind}({self.sem_value})")
        p.add(1, "sh.event = asyncio.Event()")
        p.add(1, "sh.cond = asyncio.Condition()")
        p.add(1, f"sh.queue = asyncio.{self.queue_kind}(maxsize={self.queue_size})")
        p.add(1, "sh.fut = loop.create_future()")
        p.add(1, "sh.counter = 0")
        for i in range(r.randint(0, 3)):
            when = r.choice([0.25, 0.5, 1, 1, 1.5, 2])
            how = r.choice(["call_later", "call_at"])
            p.add(1, f'loop.{how}({when}, lambda: print(f"{{loop.time()!r}} timer {i} ({how} {when})"))')
        if r.random() < 0.3:
            p.add(1, 'loop.call_soon(print, "call_soon callback")')
        p.add(1, "tasks = []")
        for i in range(n_workers):
            if r.random() < 0.4:
                p.add(1, f'tasks.append(asyncio.create_task(worker_{i}(sh), name="w{i}"))')
            else:
                p.add(1, f"tasks.append(asyncio.create_task(worker_{i}(sh)))")
        p.add(1, 'log(f"created {[t.get_name() for t in tasks]}")')
        # Cancellations: timers, or a controller step inside main.
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            target = r.randrange(n_workers)
            when = r.choice([0, 0.25, 0.5, 1, 1.5])
            if r.random() < 0.5:
                msg = f'"stop w{target}"' if r.random() < 0.5 else ""
                p.add(1, f"loop.call_later({when}, lambda: tasks[{target}].cancel({msg}))")
            else:
                p.add(1, f"loop.call_later({when}, lambda: print(f\"{{loop.time()!r}} cancel {target} -> "
                         f"{{tasks[{target}].cancel()}}, cancelling={{tasks[{target}].cancelling()}}\"))")
        self.collect(p, n_workers)
        if r.random() < 0.3:
            self.main_taskgroup(p)
        p.add(1, "await asyncio.sleep(10)")
        p.add(1, "for t in tasks:")
        p.add(2, "if t.cancelled():")
        p.add(3, 'print(t.get_name(), "cancelled")')
        p.add(2, "elif t.exception() is not None:")
        p.add(3, 'print(t.get_name(), "raised", repr(t.exception()))')
        p.add(2, "else:")
        p.add(3, 'print(t.get_name(), "returned", repr(t.result()))')
        p.add(1, 'print("queue", sh.queue.qsize(), "event", sh.event.is_set(), "lock", sh.lock.locked(),'
                 ' "sem", sh.sem.locked(), "counter", sh.counter, "future", sh.fut.done())')
        p.add(1, 'print(f"end {loop.time()!r}")')
        return p

    def collect(self, p, n):
        """How main waits for the workers; afterwards every worker is done."""
        r = self.rng
        mode = r.choice(["gather", "gather", "gather_raise", "timeout_gather", "wait_first",
                         "wait_exception", "wait_timeout", "as_completed", "sequential",
                         "wait_for_one"])
        p.add(1, f"# collection: {mode}")
        if mode == "gather":
            p.add(1, "results = await asyncio.gather(*tasks, return_exceptions=True)")
            p.add(1, 'log(f"gather results {results!r}")')
        elif mode == "gather_raise":
            p.add(1, "try:")
            p.add(2, "results = await asyncio.gather(*tasks)")
            p.add(2, 'log(f"gather results {results!r}")')
            p.add(1, "except Exception as e:")
            p.add(2, 'log(f"gather raised {e!r}")')
            p.add(1, "except asyncio.CancelledError:")
            p.add(2, 'log("gather raised CancelledError")')
        elif mode == "timeout_gather":
            p.add(1, "try:")
            p.add(2, f"async with asyncio.timeout({r.choice([0.5, 1, 2, 3])}):")
            p.add(3, "results = await asyncio.gather(*tasks, return_exceptions=True)")
            p.add(2, 'log(f"gather results {results!r}")')
            p.add(1, "except TimeoutError:")
            p.add(2, 'log("main timed out waiting for the workers")')
        elif mode in ("wait_first", "wait_exception", "wait_timeout"):
            if mode == "wait_first":
                call = "asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)"
            elif mode == "wait_exception":
                call = "asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)"
            else:
                call = f"asyncio.wait(tasks, timeout={r.choice([0.5, 1, 2])})"
            p.add(1, f"done, pending = await {call}")
            p.add(1, 'log(f"wait: done {[t.get_name() for t in tasks if t in done]}, '
                     'pending {[t.get_name() for t in tasks if t in pending]}")')
            if r.random() < 0.6:
                p.add(1, "for t in tasks:")
                p.add(2, "if t in pending:")
                p.add(3, 't.cancel("wait cleanup")')
        elif mode == "as_completed":
            t = r.choice([None, 1, 2])
            arg = f", timeout={t}" if t else ""
            p.add(1, "try:")
            p.add(2, f"for fut in asyncio.as_completed(tasks{arg}):")
            p.add(3, "try:")
            p.add(4, "value = await fut")
            p.add(4, 'log(f"as_completed gave {value!r}")')
            p.add(3, "except Exception as e:")
            p.add(4, 'log(f"as_completed raised {e!r}")')
            p.add(3, "except asyncio.CancelledError:")
            p.add(4, 'log("as_completed: a worker was cancelled")')
            p.add(1, "except TimeoutError:")
            p.add(2, 'log("as_completed timed out")')
            p.add(2, "for t in tasks:")
            p.add(3, "t.cancel()")
        elif mode == "sequential":
            p.add(1, "for t in tasks:")
            p.add(2, "try:")
            p.add(3, "value = await t")
            p.add(3, 'log(f"{t.get_name()} gave {value!r}")')
            p.add(2, "except Exception as e:")
            p.add(3, 'log(f"{t.get_name()} raised {e!r}")')
            p.add(2, "except asyncio.CancelledError:")
            p.add(3, 'log(f"{t.get_name()} was cancelled")')
        elif mode == "wait_for_one":
            target = r.randrange(n)
            p.add(1, "try:")
            p.add(2, f"value = await asyncio.wait_for(tasks[{target}], {r.choice([0.5, 1, 2, 3])})")
            p.add(2, 'log(f"wait_for gave {value!r}")')
            p.add(1, "except TimeoutError:")
            p.add(2, 'log("wait_for timed out")')
            p.add(1, "except Exception as e:")
            p.add(2, 'log(f"wait_for raised {e!r}")')
            p.add(1, "except asyncio.CancelledError:")
            p.add(2, 'log("wait_for: the worker was cancelled")')
        p.add(1, "final = await asyncio.gather(*tasks, return_exceptions=True)")
        p.add(1, 'log(f"final {[type(x).__name__ for x in final]}")')

    def main_taskgroup(self, p):
        """A TaskGroup owned by main, with simple children (see new_tg_child)."""
        names = [self.new_tg_child() for _ in range(self.rng.randint(2, 4))]
        p.add(1, "try:")
        p.add(2, "async with asyncio.TaskGroup() as tg:")
        for n in names:
            p.add(3, f"tg.create_task({n}(sh))")
        if self.rng.random() < 0.3:
            p.add(3, "await asyncio.sleep(0.5)")
            p.add(3, 'raise ValueError("main group body failed")')
        p.add(2, 'log("main task group done")')
        p.add(1, "except* ValueError as eg:")
        p.add(2, 'log(f"main task group errors {[str(e) for e in eg.exceptions]}")')

    # the whole program -----------------------------------------------------------------

    def program(self):
        r = self.rng
        n_workers = r.randint(2, 6)
        workers = [self.worker(i) for i in range(n_workers)]
        main = self.main(n_workers)
        out = Program()
        out.add(0, f"# asyncio fuzz program, seed {self.seed}: generated by tests/fuzz/asyncio_gen.py.")
        out.add(0, "import asyncio")
        out.add(0, "")
        out.add(0, "")
        out.add(0, "class Shared:")
        out.add(1, "pass")
        out.add(0, "")
        out.add(0, "")
        out.add(0, "def log(msg):")
        out.add(1, "now = asyncio.get_running_loop().time()")
        out.add(1, 'print(f"{now!r} {asyncio.current_task().get_name()}: {msg}")')
        for _, body in self.helpers:
            out.add(0, "")
            out.add(0, "")
            out.lines.extend(body.lines)
        for body in workers + [main]:
            out.add(0, "")
            out.add(0, "")
            out.lines.extend(body.lines)
        out.add(0, "")
        out.add(0, "")
        out.add(0, "asyncio.run(main())")
        return out.text()


def generate(seed):
    """The program for `seed` (an int), as source text."""
    return Generator(seed).program()


# --- command line ------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("-o", "--output", help="write the program here instead of stdout")
    args = parser.parse_args()
    text = generate(args.seed)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
