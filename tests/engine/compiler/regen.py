#!/usr/bin/env python3
"""Regenerates the expected outputs of the compiler tests from the real python3 (3.11).

  corpus/<name>.ast        ast.dump(ast.parse(source), include_attributes=True, indent=1)
  syntax_errors.json       the SyntaxError attributes CPython reports for each case of
                           syntax_error_cases.py, taken from running the case as a file
                           (`python3 case.py`, as a learner runs a lesson)
  symtable_expected.json   the view of the `symtable` module on each case of symtable_cases.py

Never edit the generated files by hand; run this script again (it checks it runs on 3.11).
"""
import ast
import concurrent.futures
import json
import os
import subprocess
import symtable
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))

# Installed as sitecustomize in the case's interpreter: prints the SyntaxError's attributes.
HOOK = r'''
import json, sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print(json.dumps({"kind": t.__name__, "msg": e.msg, "filename": e.filename,
                          "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno,
                          "end_offset": e.end_offset, "text": e.text}))
    else:
        sys.__excepthook__(t, e, tb)
sys.excepthook = hook
'''


def regen_corpus():
    warnings.simplefilter("ignore", SyntaxWarning)  # "1if x else y" is only a warning in 3.11
    corpus = os.path.join(HERE, "corpus")
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(corpus, name), "rb") as f:
            tree = ast.parse(f.read())
        dump = ast.dump(tree, include_attributes=True, indent=1) + "\n"
        with open(os.path.join(corpus, name[:-3] + ".ast"), "w", encoding="utf-8") as f:
            f.write(dump)


def load_cases(filename):
    scope = {}
    with open(os.path.join(HERE, filename), encoding="utf-8") as f:
        exec(compile(f.read(), filename, "exec"), scope)
    names = [name for name, _ in scope["CASES"]]
    assert len(names) == len(set(names)), "case names must be unique"
    return scope["CASES"]


def source_fields(source):
    """JSON cannot hold bytes: invalid UTF-8 sources are stored as a list of byte values."""
    if isinstance(source, bytes):
        return {"source_bytes": list(source)}
    return {"source": source}


def run_case(args):
    name, source, hook_dir = args
    with tempfile.TemporaryDirectory() as work:
        data = source if isinstance(source, bytes) else source.encode("utf-8")
        with open(os.path.join(work, "case.py"), "wb") as f:
            f.write(data)
        env = dict(os.environ, PYTHONPATH=hook_dir, PYTHONHASHSEED="0")
        out = subprocess.run([sys.executable, "case.py"], cwd=work, env=env,
                             capture_output=True, timeout=30)
        lines = [l for l in out.stdout.decode("utf-8").splitlines() if l.startswith("{")]
        if not lines:
            raise SystemExit(f"case {name!r} raised no SyntaxError: {out.stderr.decode()}")
        # python3 reports the script's absolute path; the tests parse it as "case.py".
        text = lines[-1].replace(json.dumps(work + os.sep)[1:-1], "")
    return name, source, json.loads(text)


def regen_syntax_errors():
    cases = load_cases("syntax_error_cases.py")
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(run_case, [(n, s, hook_dir) for n, s in cases]))
    out = []
    for name, source, attrs in results:
        entry = {"name": name}
        entry.update(source_fields(source))
        entry.update(attrs)
        out.append(entry)
    with open(os.path.join(HERE, "syntax_errors.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def dump_symtable(table, depth=0):
    """The format of al::symtable::dump: a line per block, then its symbols."""
    pad = "  " * depth
    line = f"{pad}{table.get_type()} {table.get_name()} line={table.get_lineno()}"
    if table.is_nested():
        line += " nested"
    if table.get_type() == "function":
        line += " params=" + ",".join(table._table.varnames)
    lines = [line]
    # By name: CPython appends the free names it propagates in (arbitrary) set order.
    for name in sorted(table.get_identifiers()):
        flags = table.lookup(name)._Symbol__flags
        lines.append(f"{pad}  {name} flags={flags & 2047} scope={flags >> 11}")
    for child in table.get_children():
        lines.extend(dump_symtable(child, depth + 1))
    return lines


def regen_symtable():
    out = []
    for name, source in load_cases("symtable_cases.py"):
        table = symtable.symtable(source, "case.py", "exec")
        out.append({"name": name, "source": source,
                    "dump": "\n".join(dump_symtable(table)) + "\n"})
    with open(os.path.join(HERE, "symtable_expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit(f"expected outputs come from CPython 3.11, not {sys.version}")
    regen_corpus()
    regen_syntax_errors()
    regen_symtable()


if __name__ == "__main__":
    main()
