#!/usr/bin/env python3
"""Regenerates cases_programs.inc: small programs with the exact stdout, stderr and exit status
that CPython 3.11 produces for them (run as `python3 test.py`, the absolute path in stdout and
stderr replaced by `test.py`). test_programs.cpp runs every program with awaitlab and compares.

Usage: python3 tests/engine/vm/gen_cases.py   (needs python3.11 on PATH)
Never edit cases_programs.inc by hand.
"""
import os
import subprocess
import sys
import tempfile

CASES = {
    # ---------------------------------------------------------------- functions and scopes
    "closures_nonlocal": '''
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter()
print(c(), c(), c(5))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
''',
    "global_statement": '''
G = 1
def bump():
    global G
    G += 1
    return G
print(bump(), bump(), G)
def local_shadow():
    G = 100
    return G
print(local_shadow(), G)
''',
    "arguments": '''
def f(a, b=2, *args, k=3, **kw):
    return (a, b, args, k, sorted(kw.items()))
print(f(1))
print(f(1, 2, 3, 4, k=5, z=6, y=7))
print(f(*[1, 2], **{"k": 9}))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
for call in ["f()", "f(1, a=2)", "g(1, 2, 3)", "g(x=1, y=2, z=3)", "g(1, 2)", "f(1, q=1, **{'q': 2})"]:
    try:
        eval(call)
    except TypeError as e:
        print(type(e).__name__, e)
class A:
    def m(self, x):
        return x
try:
    A().m()
except TypeError as e:
    print(e)
''',
    "unbound_locals": '''
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    def inner():
        return y
    r = inner
    y = 1
    del y
    return r()
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
''',
    # ---------------------------------------------------------------- statements
    "unpacking": '''
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest)
*init, last = [1]
print(init, last)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*(1, 2), 3})
''',
    "augmented_and_walrus": '''
class P:
    pass
p = P()
p.v = 1
p.v += 5
p.v *= 2
d = {"k": [1]}
d["k"] += [2]
xs = [1, 2, 3]
xs[1] -= 10
print(p.v, d, xs)
if (n := len(xs)) > 2:
    print("n is", n)
print([y for x in range(5) if (y := x * x) > 4])
s = "a"
s += "b" * 3
print(s)
''',
    "loops": '''
for i in range(5):
    if i == 3:
        break
    if i == 1:
        continue
    print("for", i)
else:
    print("no break")
for i in range(2):
    pass
else:
    print("for else", i)
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else", i)
while True:
    break
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, "a" in "abc" not in "x")
''',
    "with_statement": '''
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", swallow=True):
    with CM("inner"):
        raise KeyError("k")
print("after")
def early():
    with CM("r"):
        return "returned"
print(early())
for i in range(3):
    with CM(i):
        if i == 1:
            break
''',
    "try_flow": '''
def t(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally", n)
print(t(0), t(1), t(2))
def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e))
def f():
    try:
        raise ValueError
    except ValueError:
        return "handled"
    else:
        return "else"
print(f())
e = None
try:
    raise OSError("x")
except OSError as e:
    pass
print("e" in dir())
try:
    raise
except RuntimeError as err:
    print(err)
''',
    "except_star": '''
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", repr(g))
except* TypeError as g:
    print("types", repr(g))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled key")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise ValueError("plain")
except* ValueError as g:
    print(type(g).__name__, g.exceptions)
''',
    "classes": '''
class Base:
    kind = "base"
    def __init__(self, x):
        self.x = x
    def hello(self):
        return "base " + str(self.x)
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r})"
class Child(Base):
    def __init__(self, x):
        super().__init__(x * 2)
    def hello(self):
        return "child " + super().hello()
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def pr(self):
        return self.x + 1
ch = Child(2)
print(ch.hello(), Child.s(), Child.c(), ch.pr, ch, [ch], Child.kind)
print(Child.__qualname__, Child.hello.__qualname__, Child.__module__, Child.__doc__)
def make():
    class Local:
        """doc"""
        def m(self):
            return __class__.__name__
    return Local
L = make()
print(L.__qualname__, L().m(), L.__doc__, L.m.__qualname__)
class Private:
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
print(Private().get(), hasattr(Private(), "_Private__secret"))
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return "deco:" + str(self.fn(*a))
@Deco
def twice(x):
    return x * 2
print(twice(21))
''',
    "fstrings": '''
v = 3.14159
name = "awaitlab"
print(f"{v:.2f} {v!r} {name!a:>10} {v=} {name!s:^12}|")
print(f"{1 + 2}{'x' * 3}{{}}{{literal}}")
w = 8
print(f"{v:{w}.{2}f}|{42:#x}|{1234567:,}|{0.25:%}")
print(f"{'nested ' + f'{name}'}")
''',
    "comprehensions": '''
print({k: v for k, v in zip("ab", (1, 2))}, sorted({i % 3 for i in range(10)}))
print([(i, j) for i in range(3) for j in range(i)])
g = (x * x for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 2))
def scope():
    y = 10
    return [y + i for i in range(3)]
print(scope())
print([[j for j in range(i)] for i in range(3)])
''',
    "imports": '''
import sys
from sys import argv as a, getrecursionlimit
print(sys.argv[0].endswith("test.py"), a is sys.argv, getrecursionlimit())
import builtins
print(builtins.len("abc"))
try:
    import definitely_missing_module
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e)
try:
    import sys.nope
except ModuleNotFoundError as e:
    print(e)
print(__name__)
if __name__ == "__main__":
    print("main guard")
''',
    "exec_eval": '''
x = 10
print(eval("x * 2"), eval("x + y", {"y": 1, "x": 2}))
ns = {}
exec("def f(a):\\n    return a + 1\\nr = f(41)", ns)
print(ns["r"], sorted(k for k in ns if not k.startswith("__")))
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
code = compile("3 * 4", "<expr>", "eval")
print(eval(code))
print("x" in globals())
''',
    # ---------------------------------------------------------------- generators, coroutines
    "generators": '''
def gen():
    x = yield 1
    print("got", x)
    yield from range(2)
    return 5
g = gen()
print(next(g), g.send("s"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
next(f)
f.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def raiser():
    raise StopIteration
    yield
try:
    next(raiser())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
c = catcher()
next(c)
print(c.throw(ValueError("boom")))
def delegate():
    r = yield from catcher()
    return r
d = delegate()
next(d)
print(d.throw(ValueError("deep")))
for v in (i * 2 for i in range(3)):
    print(v, end=" ")
print()
def early_exit():
    for i in range(10):
        yield i
for v in early_exit():
    if v == 2:
        break
print(v)
''',
    "coroutines": '''
async def inner(x):
    return x * 2
async def outer():
    a = await inner(3)
    return a + await inner(a)
c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
class Fut:
    def __await__(self):
        v = yield "suspend"
        return v
async def waiter():
    try:
        return await Fut() + 1
    except KeyError as e:
        return "cancelled " + str(e)
w = waiter()
print(w.send(None))
try:
    w.send(41)
except StopIteration as e:
    print("done", e.value)
w2 = waiter()
w2.send(None)
try:
    w2.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
async def bad():
    await 1
try:
    bad().send(None)
except TypeError as e:
    print(e)
print(type(outer()).__name__, outer.__qualname__)
async def never():
    pass
never()
def in_func():
    c = never()
in_func()
print("end")
''',
    "async_generators": '''
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    try:
        for i in range(n):
            yield i
            await Tick()
    finally:
        print("agen cleanup")
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    out2 = [v async for v in agen(2)]
    return out, out2
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(consume()))
async def manual():
    g = agen(5)
    first = await g.__anext__()
    second = await g.asend(None)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    return first, second
print(drive(manual()))
class Ctx:
    async def __aenter__(self):
        print("aenter")
        await Tick()
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def use_ctx():
    async with Ctx() as c, Ctx() as d:
        print("inside", c, d)
drive(use_ctx())
''',
    # ---------------------------------------------------------------- errors
    "traceback_carets": '''
def g(x):
    return x["a"] + 1
def h():
    d = {"a": "s"}
    return g(d)
try:
    h()
except TypeError:
    xs = [1, 2]
    print(xs[5])
''',
    "traceback_chain": '''
class MyError(Exception):
    pass
def f():
    raise MyError("boom")
try:
    f()
except MyError as e:
    raise ValueError("x") from e
''',
    "traceback_group": '''
def f(n):
    raise ValueError(n)
excs = []
for i in range(2):
    try:
        f(i)
    except ValueError as e:
        excs.append(e)
raise ExceptionGroup("many", excs + [ExceptionGroup("inner", [TypeError("t")])])
''',
    "recursion_limit": '''
import sys
n = 0
def f():
    global n
    n += 1
    f()
try:
    f()
except RecursionError as e:
    print(n, e)
sys.setrecursionlimit(50)
n = 0
try:
    f()
except RecursionError:
    print(n)
def g():
    return g()
g()
''',
    "name_error_suggestion": '''
valuez = 1
def foo():
    local_thing = 2
    return local_thng
try:
    foo()
except NameError as e:
    print(e)
class A:
    def __init__(self):
        self.color = 1
A().colour
''',
    "system_exit_str": '''
import sys
print("out")
sys.exit("bye")
''',
    "system_exit_int": '''
raise SystemExit(3)
''',
    "exception_notes": '''
e = ValueError("x")
e.add_note("first note")
e.add_note("two\\nlines")
raise e
''',
    "coroutine_reuse_uncaught": '''
async def f():
    return 1
async def main():
    c = f()
    await c
    await c
main().send(None)
''',
    "syntax_error": '''
def f():
    x = (1,
    return x
''',
    "await_outside_async": '''
def f():
    await g()
''',
    'tb_t1': '''
def deco(f):
    raise ValueError("in decorator")
@deco
def g():
    pass
''',
    'tb_t2': '''
result = max(
    [1, 2],
    key=lambda x: x / 0,
)
''',
    'tb_t3': '''
class A:
    x = 1 / 0
''',
    'tb_t4': '''
def gen():
    yield 1
    raise KeyError("g")
for v in gen():
    print(v)
''',
    'tb_t5': '''
data = {"a": [1, 2, {"b": None}]}
print(data["a"][2]["b"]["c"])
''',
    'tb_t6': '''
def f(a, b):
    return a.upper() + b
f("x",
  1)
''',
    'tb_t7': '''
x = [1, 2, 3]
y = x[1:2] + 5
''',
    'tb_t8': '''
import sys
def f():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
try:
    f()
except ValueError:
    sys.exit(2)
''',
    'tb_t9': '''
def outer():
    def inner():
        raise TypeError("deep")
    return [inner() for _ in range(1)]
outer()
''',
    'tb_t10': '''
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
with Resource():
    raise ValueError("body")
''',
    'tb_t11': '''
async def a():
    raise ValueError("coro")
async def b():
    await a()
b().send(None)
''',
    'tb_t12': '''
x = 1
x.y = 2
''',
    'tb_t13': '''
def f(*, key):
    pass
f(kye=1)
''',
    'tb_t14': '''
print("a" * -1 + 1)
''',
    'tb_t15': '''
d = {}
d[[1]] = 2
''',
    'tb_t16': '''
import sys
sys.setrecursionlimit(30)
def a(n): return b(n)
def b(n): return a(n)
a(1)
''',
    'tb_t17': '''
try:
    raise ValueError("a")
except ValueError as e:
    try:
        raise TypeError("b")
    except TypeError:
        raise KeyError("c") from None
''',
    'tb_t18': '''
def f():
    x = 1
    del x
    print(x)
f()
''',
    'tb_t19': '''
print(undefined_thing_abc)
''',
    'tb_t20': '''
class C:
    pass
C().method()
''',
    'traceback_module': '''
import traceback
def f(x):
    return x["k"] + 1   
try:
    f({"k": "s"})
except TypeError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    traceback.print_exception(type(e), e, e.__traceback__)
traceback.print_exc()
try:
    compile("x = (1,\\n", "<s>", "exec")
except SyntaxError:
    traceback.print_exc()
''',
    'del_timing': '''
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = A(1)
del x
print("after 1")
def f():
    a = A(2)
    return 5
f()
print("after 2")
[A(3) for _ in range(1)]
print("after 3")
try:
    b = A(4)
    raise ValueError
except ValueError:
    pass
del b
print("after 4")
def g():
    yield A(5)
for v in g():
    pass
del v
print("after 5")
d = {"k": A(6)}
d["k"] = None
print("after 6")
t = (A(7), 1)
t = None
print("after 7")
def h(obj):
    return obj.n
h(A(8))
print("after 8")
a, b = A(9), A(10)
a = b = None
print("after 10")
s = A(11)
s.n += 1
del s
print("end")
z = A(99)
''',
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = [
        "// Generated by gen_cases.py from python3 " + sys.version.split()[0] +
        ": do not edit.",
        "// {name, source, stdout, stderr, exit status}",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "test.py")
        for name, src in CASES.items():
            src = src.lstrip("\n")
            with open(path, "w") as f:
                f.write(src)
            env = dict(os.environ, PYTHONHASHSEED="0")
            r = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=tmp,
                               env=env)
            err = r.stderr.replace(path, "test.py")
            stdout = r.stdout.replace(path, "test.py")
            out.append("{%s, %s, %s, %s, %d}," % (
                cstr(name), cstr(src), cstr(stdout), cstr(err), r.returncode))
    with open(os.path.join(here, "cases_programs.inc"), "w") as f:
        f.write("\n".join(out) + "\n")


def cstr(s):
    return 'R"PY(' + s + ')PY"'


if __name__ == "__main__":
    main()
