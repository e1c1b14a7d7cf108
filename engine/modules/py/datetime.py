# datetime for awaitlab (CPython: Modules/_datetimemodule.c, whose behaviour Lib/datetime.py
# documents): timedelta, date, time, datetime, tzinfo and timezone with CPython's reprs, strings
# and error texts. now() / today() / utcnow() read the run's clock through time.time(); local
# time is UTC, as in the oracle (TZ=UTC).
#
# The classes are named "datetime.date" etc., as the C types' tp_name is, so that messages the
# interpreter builds from a type's name ("unsupported operand type(s) for -: 'datetime.date'
# and 'int'", "'datetime.date' object has no attribute 'hour'") read as CPython's; the oracle
# names datetime.datetime the same way. type(x).__name__ therefore includes "datetime.".
#
# Index: 1. calendar helpers  2. argument checks  3. timedelta  4. date  5. tzinfo, timezone
#        6. time  7. datetime  8. strftime and strptime  9. module constants
import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999

# ---- 1. calendar helpers ---------------------------------------------------------------------

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                'Dec')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_MONTH_NAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                     'August', 'September', 'October', 'November', 'December')
_FULL_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400000000
_DI400Y = 146097  # days in 400 years
_DI100Y = 36524
_DI4Y = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


_MAXORDINAL = 3652059  # date.max.toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _divide_and_round(a, b):
    """a / b rounded half to even, exactly."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


# ---- 2. argument checks ----------------------------------------------------------------------

_MISSING = object()


def _index(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _required(value, name, pos):
    if value is _MISSING:
        raise TypeError(f"function missing required argument '{name}' (pos {pos})")
    return _index(value)


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class _ReadOnly:
    """A read-only field, with the C types' message on assignment."""
    __slots__ = ('_slot', '_message')

    def __init__(self, name, owner):
        self._slot = '_' + name
        self._message = f"attribute '{name}' of '{owner}' objects is not writable"

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(self._message)


# ---- 3. timedelta ----------------------------------------------------------------------------

def _accum(tag, sofar, num, factor, leftover):
    """CPython: _datetimemodule.c accum — exact for ints and for a float's integral part."""
    if isinstance(num, int):
        return sofar + num * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        sofar += int(whole) * factor
        if frac == 0.0:
            return sofar, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return sofar + int(whole), leftover + frac
    raise TypeError(f"unsupported type for timedelta {tag} component: {type(num).__name__}")


def _round_half_away(x):
    whole = _math.floor(x)
    if x - whole >= 0.5:
        whole += 1
    return whole


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        total, leftover = 0, 0.0
        for tag, num, factor in (('microseconds', microseconds, 1),
                                 ('milliseconds', milliseconds, 1000),
                                 ('seconds', seconds, 1000000),
                                 ('minutes', minutes, 60000000),
                                 ('hours', hours, 3600000000),
                                 ('days', days, 86400000000),
                                 ('weeks', weeks, 604800000000)):
            total, leftover = _accum(tag, total, num, factor, leftover)
        if leftover:
            # CPython: delta_new — round to the nearest microsecond, ties to an even total.
            whole = -_round_half_away(-leftover) if leftover < 0 else _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                half = (leftover + odd) * 0.5
                rounded = -_round_half_away(-half) if half < 0 else _round_half_away(half)
                whole = 2 * rounded - odd
            total += int(whole)
        return _delta(total, cls)

    days = _ReadOnly('days', 'datetime.timedelta')
    seconds = _ReadOnly('seconds', 'datetime.timedelta')
    microseconds = _ReadOnly('microseconds', 'datetime.timedelta')

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"{type(self).__name__}({', '.join(args) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, {text}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _delta(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _delta(_divide_and_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _delta(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


def _delta(us, cls=timedelta):
    """A timedelta of `us` microseconds, normalised as CPython stores it."""
    days, us = divmod(us, _US_PER_DAY)
    seconds, us = divmod(us, _US_PER_SECOND)
    if not -999999999 <= days <= 999999999:
        raise OverflowError(f"days={days}; must have magnitude <= 999999999")
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


timedelta.min = _delta(-999999999 * _US_PER_DAY)
timedelta.max = _delta(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _delta(1)
_ONE_DAY = _delta(_US_PER_DAY)
_ZERO = _delta(0)


# ---- 4. date ---------------------------------------------------------------------------------

class date:
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    year = _ReadOnly('year', 'datetime.date')
    month = _ReadOnly('month', 'datetime.date')
    day = _ReadOnly('day', 'datetime.date')

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError(f"year {_ord2ymd(n)[0]} is out of range")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(date_string)
        if ymd is None or len(date_string) not in (8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= (53 if _iso_week1_monday(year + 1) - _iso_week1_monday(year) == 371
                             else 52):
            raise ValueError(f"Invalid week: {week}")
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        return cls(*_ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return f"{type(self).__name__}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAY_NAMES[weekday - 1]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAXORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + _delta(-other._days * _US_PER_DAY)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._date_key())


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return (f"{type(self).__name__}(year={self[0]}, week={self[1]}, weekday={self[2]})")


# ---- 5. tzinfo, timezone ---------------------------------------------------------------------

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    # CPython: _datetimemodule.c tzinfo_fromutc
    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


def _format_offset(offset, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] of a UTC offset (CPython: format_utcoffset)."""
    us = offset._us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    seconds, us = divmod(us, _US_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or us:
        text += f"{sep}{seconds:02d}"
        if us:
            text += f".{us:06d}"
    return text


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is _MISSING:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"{type(self).__name__}({self._offset!r})"
        return f"{type(self).__name__}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def _check_dt(self, dt, name):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{name}(dt) argument must be a datetime instance or None, "
                            f"not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))


timezone.utc = timezone._create(_ZERO)
timezone.min = timezone._create(-_delta(86340 * _US_PER_SECOND))
timezone.max = timezone._create(_delta(86340 * _US_PER_SECOND))
UTC = timezone.utc


def _local_timezone():
    return timezone._create(_ZERO, 'UTC')


# ---- 6. time ---------------------------------------------------------------------------------

def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f"{hh:02d}"
    if timespec == 'minutes':
        return f"{hh:02d}:{mm:02d}"
    if timespec == 'seconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == 'milliseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == 'microseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _time_args_repr(self):
    """CPython: the trailing zero second and microsecond are left out of reprs."""
    if self._microsecond:
        return f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
    if self._second:
        return f"{self._hour}, {self._minute}, {self._second}"
    return f"{self._hour}, {self._minute}"


def _repr_suffix(self):
    text = ", fold=1" if self._fold else ""
    if self._tzinfo is not None:
        text += f", tzinfo={self._tzinfo!r}"
    return text


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second = _index(hour), _index(minute), _index(second)
        microsecond, fold = _index(microsecond), _index(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        return self

    hour = _ReadOnly('hour', 'datetime.time')
    minute = _ReadOnly('minute', 'datetime.time')
    second = _ReadOnly('second', 'datetime.time')
    microsecond = _ReadOnly('microsecond', 'datetime.time')
    tzinfo = _ReadOnly('tzinfo', 'datetime.time')
    fold = _ReadOnly('fold', 'datetime.time')

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_time(time_string)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        return cls(*parsed)

    def __repr__(self):
        return f"{type(self).__name__}({_time_args_repr(self)}{_repr_suffix(self)})"

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        offset = self.utcoffset()
        if offset is not None:
            text += _format_offset(offset, ':')
        return text

    __str__ = isoformat

    def strftime(self, format):
        return _wrap_strftime(self, format, _build_struct_time(
            1900, 1, 1, self._hour, self._minute, self._second, -1))

    __format__ = date.__format__

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_offset('utcoffset', offset)
        return offset

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 10**6 + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_of_day(), other._us_of_day())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if op in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = self._us_of_day() - (mine._us() if mine is not None else 0)
        theirs = other._us_of_day() - (theirs._us() if theirs is not None else 0)
        return _cmp(mine, theirs)

    def __eq__(self, other):
        c = self._compare(other, '==')
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._compare(other, '<')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        offset = self.utcoffset()
        return hash(self._us_of_day() - (offset._us() if offset is not None else 0))

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution


# ---- 7. datetime -----------------------------------------------------------------------------

class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        hour, minute, second = _index(hour), _index(minute), _index(second)
        microsecond, fold = _index(microsecond), _index(fold)
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _fill(object.__new__(cls), year, month, day, hour, minute, second, microsecond,
                     tzinfo, fold)

    hour = _ReadOnly('hour', 'datetime.datetime')
    minute = _ReadOnly('minute', 'datetime.datetime')
    second = _ReadOnly('second', 'datetime.datetime')
    microsecond = _ReadOnly('microsecond', 'datetime.datetime')
    tzinfo = _ReadOnly('tzinfo', 'datetime.datetime')
    fold = _ReadOnly('fold', 'datetime.datetime')

    # CPython: datetime_from_timestamp — round to microseconds half to even, then break the
    # seconds down in UTC (local time is UTC here).
    @classmethod
    def _fromtimestamp(cls, t, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
            if not -1e18 < whole < 1e18:
                raise OverflowError("timestamp out of range for platform time_t")
            seconds = int(whole)
        else:
            seconds, us = _index(t), 0
        days, rest = divmod(seconds, 86400)
        n = days + _EPOCH_ORDINAL
        if not 0 < n <= _MAXORDINAL:
            raise ValueError(f"year {_ord2ymd(n)[0] if n > 0 else 0} is out of range")
        y, m, d = _ord2ymd(n)
        result = cls(y, m, d, rest // 3600, rest // 60 % 60, rest % 60, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls._fromtimestamp(_time.time(), None)

    @classmethod
    def today(cls):
        return cls._fromtimestamp(_time.time(), None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = date_string
        date_len = 10 if len(text) >= 10 and text[4:5] == '-' else 8
        ymd = _parse_iso_date(text[:date_len])
        parsed = (0, 0, 0, 0, None)
        if ymd is not None and len(text) > date_len:
            parsed = _parse_iso_time(text[date_len + 1:]) if text[date_len] in 'T ' else None
        if ymd is None or parsed is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*ymd, *parsed)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def __repr__(self):
        return (f"{type(self).__name__}({self._year}, {self._month}, {self._day}, "
                f"{_time_args_repr(self)}{_repr_suffix(self)})")

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, "
                            f"not {type(sep).__name__}")
        text = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec))
        offset = self.utcoffset()
        if offset is not None:
            text += _format_offset(offset, ':')
        return text

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAY_NAMES[weekday - 1]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def timetuple(self):
        dst = self.dst()
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, -1 if dst is None else int(bool(dst)))

    def utctimetuple(self):
        offset = self.utcoffset()
        value = self if offset is None else (self - offset)
        return _build_struct_time(value._year, value._month, value._day, value._hour,
                                  value._minute, value._second, 0)

    def timestamp(self):
        if self._tzinfo is None:
            # CPython: local_to_seconds, then seconds + microsecond / 1e6 in floating point.
            seconds = ((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
                       + self._minute * 60 + self._second)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        mytz = self._tzinfo
        offset = None if mytz is None else self.utcoffset()
        if mytz is tz:
            return self
        if offset is None:
            offset = _ZERO
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, "
                            f"not '{type(name).__name__}'")
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_offset('dst', offset)
        return offset

    def _us_total(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 10**6 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        days, us = divmod(self._us_total() + other._us(), _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        seconds, us = divmod(us, _US_PER_SECOND)
        return _datetime(type(self), y, m, d, seconds // 3600, seconds // 60 % 60, seconds % 60,
                         us, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_total() - other._us_total()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                diff -= mine._us() - theirs._us()
        return _delta(diff)

    def _compare(self, other, mixed_ok):
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                if mixed_ok:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if mine is not None and mine != theirs:
                return _cmp(self._us_total() - mine._us(), other._us_total() - theirs._us())
        return _cmp(self._us_total(), other._us_total())

    def _refuse(self, other):
        if isinstance(other, date):
            raise TypeError(f"can't compare {type(self).__name__} to {type(other).__name__}")
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        return False if isinstance(other, date) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        return self._refuse(other)

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        return self._refuse(other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        return self._refuse(other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        return self._refuse(other)

    def __hash__(self):
        offset = self.utcoffset()
        return hash(self._us_total() - (offset._us() if offset is not None else 0))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


def _datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    """A datetime of already checked fields. Subclasses go through their constructor, as
    CPython's new_datetime_subclass_fold_ex does."""
    if cls is datetime:
        return _fill(object.__new__(datetime), year, month, day, hour, minute, second,
                     microsecond, tz, fold)
    if fold:
        return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, microsecond, tz)


def _fill(self, year, month, day, hour, minute, second, microsecond, tz, fold):
    self._year, self._month, self._day = year, month, day
    self._hour, self._minute, self._second = hour, minute, second
    self._microsecond, self._tzinfo, self._fold = microsecond, tz, fold
    return self


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta.resolution
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _ONE_DAY
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- 8. strftime and strptime ----------------------------------------------------------------

def _build_struct_time(y, m, d, hh, mm, ss, dst):
    weekday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dst))


# CPython: _datetimemodule.c wrap_strftime — %f, %z and %Z are the datetime's; the rest is
# time.strftime's.
def _wrap_strftime(obj, format, timetuple):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if '%f' not in format and '%z' not in format and '%Z' not in format:
        return _time.strftime(format, timetuple)
    parts = []
    i, n = 0, len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch != '%' or i >= n:
            parts.append(ch)
            continue
        ch = format[i]
        i += 1
        if ch == 'f':
            parts.append(f"{getattr(obj, '_microsecond', 0):06d}")
        elif ch == 'z':
            offset = obj.utcoffset() if isinstance(obj, (time, datetime)) else None
            parts.append('' if offset is None else _format_offset(offset, ''))
        elif ch == 'Z':
            name = obj.tzname() if isinstance(obj, (time, datetime)) else None
            parts.append('' if name is None else name.replace('%', '%%'))
        else:
            parts.append('%' + ch)
    return _time.strftime(''.join(parts), timetuple)


def _digits(text, pos, count):
    end = pos
    while end < len(text) and end - pos < count and text[end].isdigit():
        end += 1
    return end


def _parse_iso_date(text):
    """(y, m, d) of YYYY-MM-DD or YYYYMMDD, or None."""
    if len(text) == 10 and text[4] == '-' and text[7] == '-':
        fields = (text[0:4], text[5:7], text[8:10])
    elif len(text) == 8:
        fields = (text[0:4], text[4:6], text[6:8])
    else:
        return None
    if not all(f.isdigit() and f.isascii() for f in fields):
        return None
    return tuple(int(f) for f in fields)


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of HH[:MM[:SS[.fff[fff]]]][offset]."""
    tz = None
    for marker in ('Z', '+', '-'):
        at = text.find(marker)
        if at > 0:
            zone = text[at + 1:]
            text = text[:at]
            if marker == 'Z':
                if zone:
                    return None
                tz = timezone.utc
            else:
                parts = zone.split(':') if ':' in zone else [zone[i:i + 2] for i in range(0, len(zone), 2)]
                if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
                    return None
                values = [int(p) for p in parts] + [0, 0]
                offset = timedelta(hours=values[0], minutes=values[1], seconds=values[2])
                tz = timezone(-offset if marker == '-' else offset)
            break
    us = 0
    if '.' in text or ',' in text:
        text, _, frac = text.replace(',', '.').partition('.')
        if not frac.isdigit():
            return None
        us = int(frac[:6].ljust(6, '0'))
    parts = text.split(':') if ':' in text else [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts] + [0, 0]
    return values[0], values[1], values[2], us, tz


_NUMERIC = {'d': (2, 1, 31), 'm': (2, 1, 12), 'Y': (4, 0, 9999), 'y': (2, 0, 99),
            'H': (2, 0, 23), 'I': (2, 1, 12), 'M': (2, 0, 59), 'S': (2, 0, 61),
            'f': (6, 0, 999999), 'j': (3, 1, 366)}


def _match_name(text, pos, names):
    lowered = text[pos:].lower()
    for index, name in sorted(enumerate(names), key=lambda item: -len(item[1] or '')):
        if name and lowered.startswith(name.lower()):
            return index, pos + len(name)
    return None, pos


# CPython: Lib/_strptime.py — the directives of the C locale, matched left to right.
def _strptime(cls, data, format):
    for arg, name in ((data, 1), (format, 2)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {name} must be str, not {type(arg).__name__}")
    found = {}
    pos = 0
    i = 0
    mismatch = ValueError(f"time data {data!r} does not match format {format!r}")
    while i < len(format):
        ch = format[i]
        if ch.isspace():
            i += 1
            while i < len(format) and format[i].isspace():
                i += 1
            if pos >= len(data) or not data[pos].isspace():
                raise mismatch
            while pos < len(data) and data[pos].isspace():
                pos += 1
            continue
        if ch != '%' or i + 1 >= len(format):
            if pos >= len(data) or data[pos].lower() != ch.lower():
                raise mismatch
            pos += 1
            i += 1
            continue
        directive = format[i + 1]
        i += 2
        if directive == '%':
            if pos >= len(data) or data[pos] != '%':
                raise mismatch
            pos += 1
        elif directive in _NUMERIC:
            width, low, high = _NUMERIC[directive]
            end = _digits(data, pos, width)
            while end > pos and not low <= int(data[pos:end]) <= high:
                end -= 1
            if end == pos or (directive == 'Y' and end - pos != 4):
                raise mismatch
            value = data[pos:end]
            found[directive] = value.ljust(6, '0') if directive == 'f' else int(value)
            pos = end
        elif directive in 'bB':
            index, pos = _match_name(data, pos, _MONTH_NAMES if directive == 'b' else _FULL_MONTH_NAMES)
            if index is None:
                raise mismatch
            found['m'] = index
        elif directive in 'aA':
            index, pos = _match_name(data, pos, _DAY_NAMES if directive == 'a' else _FULL_DAY_NAMES)
            if index is None:
                raise mismatch
            found['a'] = index
        elif directive == 'p':
            index, pos = _match_name(data, pos, ('AM', 'PM'))
            if index is None:
                raise mismatch
            found['p'] = index
        elif directive == 'z':
            if data[pos:pos + 1] == 'Z':
                found['z'] = _ZERO
                pos += 1
                continue
            sign = data[pos:pos + 1]
            rest = data[pos + 1:pos + 9]
            digits = rest.replace(':', '')
            if sign not in ('+', '-') or len(digits) < 4 or not digits[:4].isdigit():
                raise mismatch
            consumed = 5 if rest[2:3] == ':' else 4
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
            found['z'] = -offset if sign == '-' else offset
            pos += 1 + consumed
        else:
            raise ValueError(f"'{directive}' is a bad directive in format '{format}'")
    if pos < len(data):
        raise ValueError("unconverted data remains: " + data[pos:])
    year = found.get('Y', 1900)
    if 'y' in found:
        year = found['y'] + (1900 if found['y'] >= 69 else 2000)
    month = found.get('m', 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12 + (12 if found.get('p') == 1 else 0)
    if 'j' in found and 'm' not in found and 'd' not in found:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + found['j'] - 1)
    tz = None
    if 'z' in found:
        tz = timezone(found['z'])
    return cls(year, month, day, hour, found.get('M', 0), found.get('S', 0),
               int(found.get('f', 0)), tz)


# ---- 9. module constants ---------------------------------------------------------------------

for _cls, _name in ((timedelta, 'timedelta'), (date, 'date'), (tzinfo, 'tzinfo'),
                    (timezone, 'timezone'), (time, 'time'), (datetime, 'datetime'),
                    (IsoCalendarDate, 'IsoCalendarDate')):
    _cls.__name__ = 'datetime.' + _name
    _cls.__module__ = 'datetime'
del _cls, _name
