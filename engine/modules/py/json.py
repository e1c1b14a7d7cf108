# The json module (CPython: Lib/json/__init__.py, encoder.py, decoder.py, scanner.py): dumps and
# loads with CPython's output text, separators, escapes and error messages.
#
# Sections: errors · encoding · decoding · module functions.

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONDecoder', 'JSONEncoder']


# --- errors ------------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """CPython: json/decoder.py JSONDecodeError."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


# --- encoding ----------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    # CPython: encoder.py py_encode_basestring(_ascii).
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20:
            out.append('\\u%04x' % n)
        elif ensure_ascii and n > 0x7e:
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_text(o, allow_nan):
    # CPython: encoder.py floatstr.
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    """CPython: json/encoder.py JSONEncoder (the pure-Python _make_iterencode)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._encode(o, chunks, indent, 0, {} if self.check_circular else None)
        return ''.join(chunks)

    def iterencode(self, o):
        return iter([self.encode(o)])

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _encode(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, indent, level, markers, '[', ']', False)
        elif isinstance(o, dict):
            self._container(o, out, indent, level, markers, '{', '}', True)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError('Circular reference detected')
                markers[id(o)] = o
            self._encode(self.default(o), out, indent, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _container(self, o, out, indent, level, markers, opening, closing, is_dict):
        if not o:
            out.append(opening + closing)
            return
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o
        out.append(opening)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            separator = self.item_separator
        first = True
        if is_dict:
            items = sorted(o.items()) if self.sort_keys else o.items()
            for key, value in items:
                key = self._key(key)
                if key is None:
                    continue
                if not first:
                    out.append(separator)
                first = False
                out.append(_encode_str(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(value, out, indent, level, markers)
        else:
            for value in o:
                if not first:
                    out.append(separator)
                first = False
                self._encode(value, out, indent, level, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(closing)
        if markers is not None:
            del markers[id(o)]


JSONEncoder.__module__ = 'json.encoder'


# --- decoding ----------------------------------------------------------------------------

_WS = ' \t\n\r'
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
             't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class _Parser:
    """CPython: json/decoder.py and scanner.py (py_scanstring, JSONObject, JSONArray)."""

    def __init__(self, doc, object_hook, parse_float, parse_int):
        self.doc = doc
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int

    def skip(self, i):
        doc = self.doc
        while i < len(doc) and doc[i] in _WS:
            i += 1
        return i

    def value(self, i):
        doc = self.doc
        if i >= len(doc):
            raise JSONDecodeError('Expecting value', doc, i)
        ch = doc[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and doc.startswith('null', i):
            return None, i + 4
        if ch == 't' and doc.startswith('true', i):
            return True, i + 4
        if ch == 'f' and doc.startswith('false', i):
            return False, i + 5
        for name, constant in _CONSTANTS.items():
            if doc.startswith(name, i):
                return constant, i + len(name)
        return self.number(i)

    def number(self, i):
        # CPython: scanner.py NUMBER_RE = (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?
        doc = self.doc
        j = i
        if j < len(doc) and doc[j] == '-':
            j += 1
        if j < len(doc) and doc[j] == '0':
            j += 1
        elif j < len(doc) and '1' <= doc[j] <= '9':
            while j < len(doc) and doc[j].isdigit() and doc[j].isascii():
                j += 1
        else:
            raise JSONDecodeError('Expecting value', doc, i)
        integer_end = j
        frac = exp = False
        if j + 1 < len(doc) and doc[j] == '.' and doc[j + 1].isdigit():
            j += 2
            while j < len(doc) and doc[j].isdigit():
                j += 1
            frac = True
        if j < len(doc) and doc[j] in 'eE':
            k = j + 1
            if k < len(doc) and doc[k] in '+-':
                k += 1
            if k < len(doc) and doc[k].isdigit():
                while k < len(doc) and doc[k].isdigit():
                    k += 1
                j = k
                exp = True
        if frac or exp:
            return self.parse_float(doc[i:j]), j
        return self.parse_int(doc[i:integer_end]), integer_end

    def string(self, i):
        doc = self.doc
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < len(doc) and doc[j] != '"' and doc[j] != '\\' and ord(doc[j]) >= 0x20:
                j += 1
            chunks.append(doc[i:j])
            if j >= len(doc):
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            ch = doc[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', doc, j)
            if j + 1 >= len(doc):
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            esc = doc[j + 1]
            if esc != 'u':
                if esc not in _UNESCAPE:
                    raise JSONDecodeError('Invalid \\escape', doc, j)
                chunks.append(_UNESCAPE[esc])
                i = j + 2
                continue
            uni = self.hex4(j + 2, j)
            i = j + 6
            if 0xd800 <= uni <= 0xdbff and doc[i:i + 2] == '\\u':
                uni2 = self.hex4(i + 2, i)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    i += 6
            chunks.append(chr(uni))

    def hex4(self, i, at):
        esc = self.doc[i:i + 4]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.doc, at)

    def object(self, i):
        doc = self.doc
        pairs = {}
        i = self.skip(i)
        if i < len(doc) and doc[i] == '}':
            return self.hook(pairs), i + 1
        while True:
            if i >= len(doc) or doc[i] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', doc, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(doc) or doc[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs[key] = value
            i = self.skip(i)
            if i < len(doc) and doc[i] == '}':
                return self.hook(pairs), i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i = self.skip(i + 1)

    def hook(self, pairs):
        return pairs if self.object_hook is None else self.object_hook(pairs)

    def array(self, i):
        doc = self.doc
        values = []
        i = self.skip(i)
        if i < len(doc) and doc[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(doc) and doc[i] == ']':
                return values, i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i = self.skip(i + 1)


class JSONDecoder:
    """CPython: json/decoder.py JSONDecoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int

    def decode(self, s):
        parser = _Parser(s, self.object_hook, self.parse_float, self.parse_int)
        obj, end = parser.value(parser.skip(0))
        end = parser.skip(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj


JSONDecoder.__module__ = 'json.decoder'


# --- module functions --------------------------------------------------------------------

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8')
    return (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float,
                                parse_int=parse_int, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
