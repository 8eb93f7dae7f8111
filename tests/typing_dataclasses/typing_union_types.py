# Union, Optional and the X | Y operator together.
import typing
from typing import Dict, List, Literal, Optional, TypeVar, Union

T = TypeVar("T")

print(int | str, type(int | str).__name__, int | None, (int | str) == (str | int))
print(Union[int, str] == (int | str), Optional[int] == (int | None))
print(List[int] | None, None | List[int], Union[int, str] | None, Optional[int] | str)
print(int | List[str], List[str] | int, T | None, None | T, Literal["a"] | Literal["b"])
print(typing.get_args(int | str), typing.get_origin(int | str), typing.get_origin(Union[int, str]))
print(Union[int | str, float], Union[int, Union[str, bytes]], Optional[int | str])
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, Optional[int]), isinstance("x", Union[int, str]))
print(Union[int, str].__args__, (int | str).__args__, Optional[List[int]].__args__)
print(Union[int, bool, int], Union[Dict[str, int], None])


def describe(value: int | str | None = None) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, int):
        return f"number {value}"
    return f"text {value!r}"


print(describe(), describe(4), describe("four"))
print(describe.__annotations__)


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


print(first([3, 2]), first([]), first.__annotations__["return"])
