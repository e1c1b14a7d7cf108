# except* splits an ExceptionGroup by type.
def run(errors):
    try:
        raise ExceptionGroup("batch failed", errors)
    except* ValueError as group:
        print("values:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("keys:", [repr(e) for e in group.exceptions])
    except* (TypeError, OSError) as group:
        print("type/os:", type(group).__name__, len(group.exceptions))
run([ValueError("a"), KeyError("k"), ValueError("b")])
run([TypeError("t"), ConnectionError("c")])
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), RuntimeError(2)])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("left over:", repr(rest), rest.exceptions)
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", repr(g))
