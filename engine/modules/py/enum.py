# enum for awaitlab (CPython: Lib/enum.py, 3.11): Enum, IntEnum, StrEnum, Flag, IntFlag, auto,
# unique, member/nonmember, with CPython's member reprs, lookups and error texts. The class
# machinery is the same as CPython's: EnumType.__prepare__ returns an _EnumDict that records
# member names as the class body runs, and EnumType.__new__ turns them into members.
#
# Index: 1. helpers and auto  2. _EnumDict  3. EnumType  4. Enum, ReprEnum, IntEnum, StrEnum
#        5. Flag, IntFlag  6. unique
import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT',
           'KEEP']

# ---- 1. helpers and auto ---------------------------------------------------------------------


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_'
            and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_'
            and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('_'))


def _is_descriptor(obj):
    if isinstance(obj, (staticmethod, classmethod, property, type(_is_dunder))):
        return True
    kind = type(obj)
    return hasattr(kind, '__get__') or hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bin(num, max_bits=None):
    """bin() with a sign digit, as enum's error messages show values."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class FlagBoundary:
    """How a Flag treats values outside its members' bits."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return f"<FlagBoundary.{self._name.upper()}: {self._name!r}>"

    def __str__(self):
        return self._name


STRICT = FlagBoundary('strict')
CONFORM = FlagBoundary('conform')
EJECT = FlagBoundary('eject')
KEEP = FlagBoundary('keep')

# ---- 2. _EnumDict ----------------------------------------------------------------------------

_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The class-body namespace of an enum: records member names in order, rejects reused
    names and fills in auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        single = isinstance(value, auto)
        items = (value,) if single else value
        if not (type(items) is tuple and any(isinstance(v, auto) for v in items)):
            self._last_values.append(value)
            return value
        resolved = []
        for v in items:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            resolved.append(v)
        return resolved[0] if single else tuple(resolved)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# ---- 3. EnumType -----------------------------------------------------------------------------

Enum = ReprEnum = Flag = None  # defined below; EnumType checks for them while they are built


# A class's own namespace. Reading cls.__dict__ on a class whose metaclass is a Python class
# (every enum) is broken in the interpreter today (notes/modules_requests.md); type's own
# descriptor gives the class dict directly.
_class_dict = type.__dict__['__dict__'].__get__


def _defining_class(cls, name):
    for base in cls.__mro__:
        if name in _class_dict(base):
            return base
    return None


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = list(classdict.get('_ignore_', [])) + ['_ignore_']
        member_names = list(classdict._member_names)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid),))
        order = classdict.get('_order_')
        namespace = {k: v for k, v in classdict.items()
                     if k not in ignore and k != '_order_' and k not in classdict._member_names}
        member_values = {name: classdict[name] for name in member_names}
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(namespace, member_type, first_enum)
        namespace['_new_member_'] = new_member
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        namespace['_flag_mask_'] = 0
        namespace['_singles_mask_'] = 0
        namespace['_all_bits_'] = 0
        namespace['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        for name in member_names:
            metacls._add_member_(enum_class, name, member_values[name])

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, '
                                'str, float, etc.)')
            if '__format__' not in namespace:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                namespace['__format__'] = member_type.__format__
            if '__str__' not in namespace:
                method = member_type.__str__
                if _defining_class(member_type, '__str__') is object:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                namespace['__str__'] = method
        # A data type's (or object's) repr/str/format would hide the enum's own.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in namespace and first_enum is not None:
                if _defining_class(enum_class, name) in member_type.__mro__:
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in namespace:
                    type.__setattr__(enum_class, name, _class_dict(Flag)[name])
        if Enum is not None and save_new:
            # CPython replaces a class's own __new__ with Enum.__new__; here value lookup lives
            # in EnumType.__call__ (_enum_new), because a class with a Python __new__ cannot be
            # mixed with int or str in this interpreter yet (notes/modules_requests.md).
            type.__setattr__(enum_class, '__new_member__', new_member)
            type.__delattr__(enum_class, '__new__')

        if Flag is None and cls != 'Flag' or Flag is not None and not issubclass(enum_class, Flag):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
                         '_inverted_'):
                type.__delattr__(enum_class, name)
        elif Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            order = [o for o in order if o not in enum_class._member_map_
                     or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    # CPython: Lib/enum.py _proto_member.__set_name__ — one member (or alias) from its value.
    @staticmethod
    def _add_member_(enum_class, member_name, value):
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if not enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class)
            if not hasattr(enum_member, '_value_'):
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        else:
            enum_member = enum_class._new_member_(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if enum_class._member_type_ is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = enum_class._member_type_(*args)
                    except Exception as exc:
                        new_exc = TypeError('_value_ not set in __new__, unable to create it')
                        new_exc.__cause__ = exc
                        raise new_exc
        value = enum_member._value_
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            enum_member = canonical
        elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
        descriptor = None
        for base in enum_class.__mro__[1:]:
            descriptor = _class_dict(base).get(member_name)
            if descriptor is not None:
                break
        if not isinstance(descriptor, property):
            type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return _enum_new(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                          "True or\nFalse depending on whether the value is a member or the "
                          "value of a member", DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = _class_dict(cls).get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Color', 'RED GREEN') and its list/pair/mapping forms."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in _class_dict(base):
                    return _class_dict(base)['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in _class_dict(base) or '__dataclass_fields__' in _class_dict(base):
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that creates members, whether to keep it as __new_member__, and whether
        it takes the member's value as arguments."""
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        use_args = True
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    if possible is None or possible is object:
                        continue
                    target = getattr(possible, method, None)
                    if target is not None and target is not object.__new__:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
                use_args = False
        if isinstance(new, staticmethod):
            new = new.__func__
        return new, save_new, use_args


EnumMeta = EnumType


def _mapping_proxy_type():
    try:
        proxy = type(type.__dict__)
        proxy({})
        return proxy
    except TypeError:
        return dict


_MappingProxy = _mapping_proxy_type()


# ---- 4. Enum, ReprEnum, IntEnum, StrEnum -----------------------------------------------------

def _enum_new(cls, value):
    """Color(1): the member with that value (CPython: Enum.__new__)."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
    if not cls._member_map_:
        raise TypeError("%r has no members defined" % cls)
    try:
        exc = None
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    try:
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                            'member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc
    finally:
        exc = None
        ve_exc = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                          "values to be sortable and support adding +1\nand the value returned "
                          "will be the largest value in the enum incremented by 1",
                          DeprecationWarning, stacklevel=3)
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(object.__dir__(self)) if self.__class__._member_type_ is not object else set()
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                names.add(name)
        for cls in self.__class__.mro():
            for name, obj in _class_dict(cls).items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# ---- 5. Flag, IntFlag ------------------------------------------------------------------------

class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    # CPython: Lib/enum.py Flag._missing_ — composite values become pseudo-members.
    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


# ---- 6. unique -------------------------------------------------------------------------------

def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, enum_member in enumeration.__members__.items():
        if name != enum_member.name:
            duplicates.append((name, enum_member.name))
    if duplicates:
        details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
