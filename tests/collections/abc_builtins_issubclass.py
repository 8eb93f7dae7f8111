from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Iterable, Sized
for cls in (list, tuple, str, dict, set, frozenset, range, int, object, type):
    print(cls.__name__, issubclass(cls, Sequence), issubclass(cls, MutableSequence),
          issubclass(cls, Mapping), issubclass(cls, MutableMapping), issubclass(cls, Set),
          issubclass(cls, MutableSet), issubclass(cls, Hashable), issubclass(cls, Iterable),
          issubclass(cls, Sized))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance(iter([]), __import__("collections.abc").abc.Iterator))
