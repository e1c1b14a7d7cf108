# KeyboardInterrupt raised and caught, then an uncaught error.
def loop():
    raise KeyboardInterrupt
try:
    loop()
except KeyboardInterrupt:
    print("interrupted, shutting down")
raise RuntimeError("shutdown failed")
