# Recursive functions, including a depth close to (but under) the limit.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(factorial(20), factorial(50))
print([fib(n) for n in range(15)])
print(depth(900))
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
