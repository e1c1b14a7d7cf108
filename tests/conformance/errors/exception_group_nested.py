# Nested ExceptionGroups with tracebacks inside each box.
def step(n):
    raise OSError(f"step {n} failed")
def batch(ns):
    errors = []
    for n in ns:
        try:
            step(n)
        except OSError as e:
            errors.append(e)
    return ExceptionGroup(f"batch {ns}", errors)
raise ExceptionGroup("all batches", [batch([1, 2]), batch([3]), TypeError("bad config")])
