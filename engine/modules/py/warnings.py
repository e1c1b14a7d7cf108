# warnings for awaitlab (CPython: Lib/warnings.py over Python/_warnings.c). warn() is native and
# uses the interpreter's filters and default actions; filters match on action and category
# only (a message or module pattern given to filterwarnings is not checked), and
# catch_warnings restores the default filters when it exits.
from _warnings import warn, _simplefilter, _resetwarnings

__all__ = ["warn", "simplefilter", "filterwarnings", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _check(action, category):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check(action, category)
    _simplefilter(action, category, append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check(action, category)
    _simplefilter(action, category, append)


def resetwarnings():
    _resetwarnings()


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._filter = None if action is None else (action, category, append)

    def __enter__(self):
        if self._filter is not None:
            simplefilter(self._filter[0], self._filter[1], append=self._filter[2])
        return [] if self._record else None

    def __exit__(self, *exc_info):
        _resetwarnings()
