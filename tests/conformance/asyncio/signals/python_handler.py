# signal.signal installs a Python handler; raise_signal runs it before returning.
import signal


def handler(signum, frame):
    print("handler got", signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print("old handler:", old, repr(old))
print("before")
signal.raise_signal(signal.SIGUSR1)
print("after", signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, repr(signal.getsignal(signal.SIGUSR1)))
print(sorted(s.name for s in signal.Signals)[:4], signal.SIGINT + 0, f"{signal.SIGTERM!r}")
