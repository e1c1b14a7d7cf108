"""Signals (CPython: Lib/signal.py over Modules/signalmodule.c): the Signals and Handlers enums,
signal.signal, getsignal, raise_signal and strsignal. Python handlers run on the interpreter
thread between instructions, as in CPython."""

import _signal
from _signal import NSIG, default_int_handler, raise_signal, strsignal
from enum import IntEnum as _IntEnum

Signals = _IntEnum("Signals", _signal._signals)
Signals.__module__ = "signal"
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)])
Handlers.__module__ = "signal"
globals().update(Signals.__members__)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN


def _int_to_enum(value, enum_klass):
    """An int as a member of enum_klass when it is one, else unchanged."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)
