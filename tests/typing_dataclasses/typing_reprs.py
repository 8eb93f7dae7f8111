import typing as t
from typing import *
T=TypeVar('T'); K=TypeVar('K', covariant=True)
print(repr(T), repr(K), repr(TypeVar('C',contravariant=True)))
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int,str], Union[int,None,str], Optional[Union[int,str]], Union[int], Callable[[int,str],bool], Callable[...,int], Callable, Tuple[int,...], Tuple[()], Tuple, Type[int], Literal[1,'a'], ClassVar[int], Final[int], Any, NoReturn, Iterable[T], List[T][int], Dict[K,T][int, str])
print(List[int]|None, int|List[int], Optional[int]|str, T|None, Union[int,str]==Union[str,int])
class S(Generic[T]): pass
print(S[int], S[int]().__orig_class__, S.__parameters__, S.__orig_bases__, S.__mro__)
class NT(NamedTuple):
  x: int
  y: str='a'
print(NT(1), NT.__mro__, NT._fields, NT.__annotations__,NT._field_defaults)
class TD(TypedDict):
  a: int
print(TD(a=1), type(TD(a=1)), TD.__mro__, TD.__annotations__, TD.__total__)
print(get_origin(List[int]), get_args(Dict[str,int]), get_args(Callable[[int],str]))
U=NewType('U', int); print(U, U(3))
print(Self, Never, AnyStr, Text, Sequence[int], Mapping, Hashable, Sized, Iterator[int], Generator[int,None,None])
print(type(List), type(List[int]), type(Union[int,str]), type(Any), type(T), Optional, Union, Literal)
print(Deque[int], DefaultDict[str,int], Counter[str], FrozenSet[int], Set[int], OrderedDict[str,int], MutableMapping[str,int], Awaitable, Protocol, Generic, Annotated[int, 'x'])
print(isinstance([], List), isinstance([], Iterable), issubclass(list, Sequence))
try: isinstance([], List[int])
except Exception as e: print(type(e).__name__, e)
try: Union[()]
except Exception as e: print(type(e).__name__, e)
try: Optional[int,str]
except Exception as e: print(type(e).__name__, e)
try: List[int,str]
except Exception as e: print(type(e).__name__, e)
try: Generic[int]
except Exception as e: print(type(e).__name__, e)
try: Any()
except Exception as e: print(type(e).__name__, e)
try: isinstance(1, Any)
except Exception as e: print(type(e).__name__, e)
print(S[int]())
try: List[int]()
