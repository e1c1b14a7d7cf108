# A bug inside an except block.
def safe_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("division failed for", a, b)
        return a / float(b) + undefined_fallback
print(safe_divide(4, 2))
print(safe_divide(1, 0))
