from collections.abc import Mapping, Sequence, Iterable, Callable, MutableMapping, Iterator, Set
from collections import deque, defaultdict, OrderedDict, Counter
print(Mapping[str, int], Sequence[int], Iterable[str], Iterator[bytes], Set[int])
print(MutableMapping[str, list[int]].__origin__ is MutableMapping, Sequence[int].__args__)
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str])
def f(m: Mapping[str, int], xs: Sequence[float]) -> Iterable[str]:
    return list(m)
print(f({"a": 1}, []), f.__annotations__["m"])
try:
    Sized = __import__("collections.abc").abc.Sized
    Sized[int]
except TypeError as e:
    print(e)
