# time for awaitlab (CPython: Modules/timemodule.c). The clocks are native (_time) and read the
# run's clock; struct_time and the calendar conversions are here. Local time is UTC, as in the
# oracle (TZ=UTC).
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns, sleep,
                   process_time, process_time_ns, thread_time, thread_time_ns, _strftime)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


class _Field:
    """A read-only struct_time field (CPython's structseq member descriptor)."""

    def __init__(self, index):
        self._index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - n)
        return self

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({fields})"

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, _Field(_i))
struct_time.__module__ = 'time'


def _seconds(secs):
    """The whole seconds of a timestamp, rounded toward minus infinity (_PyTime_ROUND_FLOOR)."""
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if not -1e18 < secs < 1e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(secs)
        return whole - 1 if whole > secs else whole
    return _index(secs)


def _index(value):
    if isinstance(value, int):
        return value
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return type(value).__index__(value)


def _civil(days):
    """(year, month, day) of a day count from 1970-01-01 (proleptic Gregorian)."""
    days += 719468
    era = (days if days >= 0 else days - 146096) // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (month <= 2)
    return year, month, day


def _days_from_civil(year, month, day):
    year -= month <= 2
    era = (year if year >= 0 else year - 399) // 400
    yoe = year - era * 400
    doy = (153 * (month - 3 if month > 2 else month + 9) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _broken_down(secs, zone):
    secs = time() if secs is None else secs
    whole = _seconds(secs)
    days, rest = divmod(whole, 86400)
    year, month, day = _civil(days)
    yday = _days_from_civil(year, month, day) - _days_from_civil(year, 1, 1) + 1
    return struct_time((year, month, day, rest // 3600, rest // 60 % 60, rest % 60,
                        (days + 3) % 7, yday, 0, zone, 0))


def gmtime(secs=None):
    return _broken_down(secs, 'GMT')


def localtime(secs=None):
    return _broken_down(secs, 'UTC')


def mktime(t):
    year, month, day, hour, minute, second = _time_tuple(t, 'mktime')[:6]
    return float(_days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second)


def _time_tuple(t, fname):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return [_index(v) for v in tuple(t)]


def _checked(t, fname):
    """CPython: timemodule.c gettmarg and the range checks of time_strftime."""
    f = _time_tuple(t, fname)
    if f[1] == 0:
        f[1] = 1
    elif not 1 <= f[1] <= 12:
        raise ValueError("month out of range")
    if f[2] == 0:
        f[2] = 1
    elif not 0 <= f[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    if f[6] < -1:
        raise ValueError("day of week out of range")
    f[6] %= 7
    if f[7] == 0:
        f[7] = 1
    elif not 1 <= f[7] <= 366:
        raise ValueError("day of year out of range")
    f[8] = max(-1, min(1, f[8]))
    return f


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    zone = t.tm_zone if isinstance(t, struct_time) and t.tm_zone is not None else 'UTC'
    return _strftime(format, _checked(t, 'strftime'), zone)


def asctime(t=None):
    f = _checked(localtime() if t is None else t, 'asctime')
    return (f"{_DAY_NAMES[f[6]]} {_MONTH_NAMES[f[1] - 1]} {f[2]:2d} "
            f"{f[3]:02d}:{f[4]:02d}:{f[5]:02d} {f[0]}")


def ctime(secs=None):
    return asctime(localtime(secs))

