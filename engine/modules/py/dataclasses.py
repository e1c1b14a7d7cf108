# dataclasses for awaitlab (CPython: Lib/dataclasses.py, 3.11). As in CPython, the generated
# methods are Python source exec()'d from "<string>" with the same lines, so their error
# messages ("Item.__init__() missing 1 required positional argument: 'price'") and traceback
# frames ('File "<string>", line 4, in __setattr__') are CPython's.
#
# Index: 1. sentinels, Field, field()  2. generating methods  3. the class transformation
#        4. dataclass()  5. fields, asdict, astuple, replace, make_dataclass
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

# ---- 1. sentinels, Field, field() ------------------------------------------------------------


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

try:
    _MappingProxy = type(type.__dict__)
    _EMPTY_METADATA = _MappingProxy({})
except TypeError:
    _MappingProxy = dict
    _EMPTY_METADATA = {}


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None) if isinstance(self.type, type) else None
        return f'dataclasses.InitVar[{name if name is not None else repr(self.type)}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else _MappingProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- 2. generating methods -------------------------------------------------------------------

def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in flds) + ',)'


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Compiles `def name(args): body` the way CPython does: inside a __create_fn__ whose
    parameters are the names the body needs, exec'd from "<string>" (so the body starts on
    line 3 of that source)."""
    if locals is None:
        locals = {}
    annotation = ''
    if return_type is not MISSING:
        locals['_return_type'] = return_type
        annotation = '->_return_type'
    body_text = '\n'.join(f'  {line}' for line in body)
    source = (f"def __create_fn__({', '.join(locals.keys())}):\n"
              f" def {name}({','.join(args)}){annotation}:\n{body_text}\n"
              f" return {name}")
    ns = {}
    exec(source, globals, ns)
    return ns['__create_fn__'](**locals)


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    """Adds a generated method unless the class defines it itself; True when it did."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name, slots):
    """The __init__ line that sets field f, or None when it needs none."""
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=_dflt_{f.name}'
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:_type_{f.name}{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals = {f'_type_{f.name}': f.type for f in fields}
    locals['MISSING'] = MISSING
    locals['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    locals['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    if not body:
        body = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + params, body, locals=locals, globals=globals,
                      return_type=None)


def _recursive_repr(user_function):
    """Shows '...' for an object already being repr'd (CPython: reprlib.recursive_repr)."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _repr_fn(fields, globals):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) + ')"'],
                    globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ','.join(repr(f.name) for f in fields) + ',)' if fields else '()'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       (f'if type(self) is cls or name in {names}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'),
                       locals=locals, globals=globals),
            _create_fn('__delattr__', ('self', 'name'),
                       (f'if type(self) is cls or name in {names}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'),
                       locals=locals, globals=globals))


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    return _create_fn('__hash__', ('self',), [f'return hash({_tuple_str("self", fields)})'],
                      globals=globals)


# ---- 3. the class transformation -------------------------------------------------------------

def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is not None:
        classvar = getattr(typing, 'ClassVar', None)
        if a_type is classvar or getattr(a_type, '__origin__', None) is classvar:
            return True
    if isinstance(a_type, str):
        return a_type.startswith(('ClassVar', 'typing.ClassVar'))
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(a_type, InitVar) or a_type is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen, has_explicit_hash):
    """CPython's _hash_action table: None (leave), 'none' (set None), 'add', or raise."""
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _hash_fn(fields, globals)
    if eq and frozen and not has_explicit_hash:
        return _hash_fn(fields, globals)
    if eq and not frozen and not has_explicit_hash:
        return 'none'
    return None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if a_type is KW_ONLY:
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init,
                                    '__dataclass_self__' if 'self' in fields else 'self',
                                    globals, slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr], globals))
    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', _tuple_str('self', flds),
                                                  _tuple_str('other', flds), globals))
    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple, other_tuple = _tuple_str('self', flds), _tuple_str('other', flds)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple, globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class '
                                f'{cls.__name__}')
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, hash_fields, globals, unsafe_hash, eq, frozen, has_explicit_hash)
    if action == 'none':
        cls.__hash__ = None
    elif action is not None:
        cls.__hash__ = _set_qualname(cls, action)
    if not getattr(cls, '__doc__'):
        params = ', '.join(_doc_param(f) for f in std_init_fields + kw_only_init_fields)
        try:
            cls.__doc__ = f"{cls.__name__}({params})"
        except AttributeError:
            pass  # the interpreter does not let classes take a new __doc__ yet
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _type_text(a_type):
    if isinstance(a_type, type):
        if a_type.__module__ == 'builtins':
            return a_type.__qualname__
        return f'{a_type.__module__}.{a_type.__qualname__}'
    return repr(a_type)


def _doc_param(f):
    text = f'{f.name}: {_type_text(f.type)}'
    if f.default is not MISSING:
        text += f' = {f.default!r}'
    elif f.default_factory is not MISSING:
        text += ' = <factory>'
    return text


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


# ---- 4. dataclass() --------------------------------------------------------------------------

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- 5. fields, asdict, astuple, replace, make_dataclass -------------------------------------

def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    cls.__module__ = module if module is not None else '__main__'
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
