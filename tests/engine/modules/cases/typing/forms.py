# typing: subscription reprs, TypeVar/Generic, NamedTuple, TypedDict, NewType and helpers.
import typing as t
print(t.List[int], t.Dict[str, int], t.Optional[str], t.Union[int, str], t.Union[int, None], t.Union[int], t.Callable[[int, str], bool], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Any, t.Optional[t.List[int]], t.Literal['a', 1], t.ClassVar[int], t.Final[int], t.Type[int], t.Awaitable[int], t.Coroutine[t.Any, t.Any, int], t.AsyncIterator[str], t.Iterable, t.List, t.Set[int], t.FrozenSet[str], t.Deque[int], t.DefaultDict[str, int], t.Sequence[int], t.Mapping[str, t.Any], t.Generator[int, None, None], t.Annotated[int, 'x'], t.NoReturn, t.Union[int, t.List[str]], t.Dict[str, 'X'])
T = t.TypeVar('T'); K = t.TypeVar('K', bound=int); C = t.TypeVar('C', covariant=True)
print(T, K, C, t.List[T], t.NewType('UserId', int), t.NewType('UserId', int)(5), type(t.NewType('UserId', int)(5)))
class Box(t.Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box(1).v, Box[int](5).v)
class NT2(t.NamedTuple):
    x: int
    y: str = 'd'
    def m(self): return self.x * 2
print(NT2(1), NT2._fields, NT2(2).m(), NT2._field_defaults, NT2.__annotations__)
class TD(t.TypedDict):
    a: int
    b: str
print(TD(a=1, b='x'), type(TD(a=1)), TD.__annotations__)
print(t.get_type_hints(NT2), t.cast(int, 'x'), t.TYPE_CHECKING, t.Optional, t.Union)
try: t.List[int]()
except Exception as e: print(type(e).__name__, e)
try: t.Any()
except Exception as e: print(type(e).__name__, e)
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), isinstance([], t.Iterable), isinstance(5, t.Sequence))
P3 = t.NamedTuple('P3', [('a', int), ('b', float)]); print(P3(1, 2.0), P3.__annotations__)
class Proto(t.Protocol):
    def run(self) -> None: ...
print(Proto.__name__)
def f(x: t.Optional[int] = None) -> t.List[str]: return []
print(f.__annotations__)
