# finally blocks run before the traceback is printed.
def risky():
    try:
        print("working")
        raise ValueError("something broke")
    finally:
        print("releasing resources")
try:
    risky()
finally:
    print("outer cleanup")
