# Uncaught RecursionError: the repeated frames are folded.
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)
countdown(1000)
