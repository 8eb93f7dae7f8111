# Error messages of the typing module's special forms and aliases.
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NoReturn,
                    Optional, Tuple, TypeVar, Union)

T = TypeVar("T")


def attempt(label, make):
    try:
        print(label, "->", make())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("Union[]", lambda: Union[()])
attempt("Optional two", lambda: Optional[int, str])
attempt("List two", lambda: List[int, str])
attempt("Dict one", lambda: Dict[int])
attempt("Callable bad", lambda: Callable[int, str])
attempt("Callable one", lambda: Callable[[int]])
attempt("Any()", lambda: Any())
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance Union", lambda: isinstance(1, Union))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("issubclass Dict[str, int]", lambda: issubclass(dict, Dict[str, int]))
attempt("isinstance Union[int, str]", lambda: isinstance("x", Union[int, str]))
attempt("isinstance Optional[int]", lambda: isinstance(None, Optional[int]))
attempt("List()", lambda: List())
attempt("Dict[str, int]()", lambda: Dict[str, int]())
attempt("NoReturn[int]", lambda: NoReturn[int])
attempt("ClassVar()", lambda: ClassVar())
attempt("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("TypeVar one constraint", lambda: TypeVar("X", int))
attempt("TypeVar bound and constraints", lambda: TypeVar("X", int, str, bound=int))
attempt("List[T][int, str]", lambda: List[T][int, str])
attempt("List[int][str]", lambda: List[int][str])
attempt("Generic()", lambda: type(Generic()).__name__)
attempt("Literal args", lambda: Literal[1, "a", None, True].__args__)
attempt("Final[int]", lambda: Final[int])
attempt("Tuple[int, ...][0]", lambda: Tuple[int, ...].__args__)


def subclass(base):
    class X(base):
        pass
    return X


attempt("subclass Union[int, str]", lambda: subclass(Union[int, str]))
attempt("subclass Any", lambda: subclass(Any).__mro__)
attempt("subclass Optional", lambda: subclass(Optional))
attempt("subclass T", lambda: subclass(T))
attempt("subclass List[int]", lambda: subclass(List[int]).__mro__)
attempt("subclass Callable", lambda: subclass(Callable[[int], str]).__mro__)
print(Union[int, str] == Union[str, int], Union[int, int], Optional[Optional[int]])
print(Literal[1, 2] == Literal[2, 1], List[int] != List[str], hash(Optional[int]) == hash(Union[None, int]))
print(Dict[str, T][int], Callable[[T], T][int], Tuple[T, ...][str], Union[T, int][str])
