# itertools for awaitlab (CPython: Modules/itertoolsmodule.c): the same results. count and
# repeat are classes with CPython's reprs; cycle, islice and tee check their arguments and take
# iter() when called, as the C types do; the rest are generators, whose reprs differ from the C
# types' ("<generator object ...>" for "<itertools.product object ...>").
#
# Index: count, cycle, repeat, islice, chain, accumulate ... zip_longest, product,
#        permutations, combinations, groupby, pairwise, combinations_with_replacement, tee


class count:
    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)) and not hasattr(type(value), '__index__'):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f"{type(self).__name__}({self._next!r})"
        return f"{type(self).__name__}({self._next!r}, {self._step!r})"


def cycle(iterable):
    it = iter(iterable)

    def generate():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element
    return generate()


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, times.__index__())

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"


_ISLICE_INDEX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int):
        if not hasattr(type(value), '__index__'):
            raise ValueError(message)
        value = type(value).__index__(value)
    return value


# CPython: Modules/itertoolsmodule.c islice_new — arguments are checked and iter() taken at once.
def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    if len(args) == 1:
        start, stop, step = 0, _islice_arg(args[0], _ISLICE_STOP), 1
        if stop is not None and stop < 0:
            raise ValueError(_ISLICE_STOP)
    else:
        start = _islice_arg(args[0], _ISLICE_INDEX)
        stop = _islice_arg(args[1], _ISLICE_STOP)
        start = 0 if start is None else start
        if start < 0 or (stop is not None and stop < 0):
            raise ValueError(_ISLICE_INDEX)
        step = 1
        if len(args) == 3 and args[2] is not None:
            try:
                step = _islice_arg(args[2], "")
            except ValueError:
                step = -1
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)

    def generate():
        nexti = start
        i = 0
        while stop is None or nexti < stop:
            if i > nexti:
                return
            for _ in range(nexti - i):
                try:
                    next(it)
                except StopIteration:
                    return
            try:
                element = next(it)
            except StopIteration:
                return
            yield element
            i = nexti + 1
            nexti += step
    return generate()


def _chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    def __new__(cls, *iterables):
        return _chain(*iterables)

    from_iterable = staticmethod(_from_iterable)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func else total + element
        yield total


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    exhausted = False
    try:
        curr = next(it)
    except StopIteration:
        return
    while not exhausted:
        target = keyfunc(curr)
        group = [curr]
        while True:
            try:
                curr = next(it)
            except StopIteration:
                exhausted = True
                break
            if keyfunc(curr) != target:
                break
            group.append(curr)
        yield target, iter(group)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")

    def generate():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return generate()


class _TeeBuffer:
    """Values read from the shared iterator that some tee copy has not consumed yet."""

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.values = {}
        self.read = 0
        self.positions = []


def _tee_copy(buffer, index):
    while True:
        position = buffer.positions[index]
        if position == buffer.read:
            try:
                value = next(buffer.it)
            except StopIteration:
                return
            buffer.values[position] = value
            buffer.read += 1
        value = buffer.values[position]
        buffer.positions[index] = position + 1
        if min(buffer.positions) > position:
            del buffer.values[position]
        yield value


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    buffer = _TeeBuffer(iterable)
    buffer.positions = [0] * n
    return tuple(_tee_copy(buffer, i) for i in range(n))
