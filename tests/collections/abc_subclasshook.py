from collections.abc import Iterable, Sized, Container, Hashable, Callable, Iterator, Reversible, Collection
class HasIter:
    def __iter__(self):
        return iter([])
class HasLen:
    def __len__(self):
        return 0
class HasAll(HasIter, HasLen):
    def __contains__(self, x):
        return False
class NoHash:
    __hash__ = None
class Call:
    def __call__(self):
        pass
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class IterNone:
    __iter__ = None
for cls in (HasIter, HasLen, HasAll, NoHash, Call, It, IterNone):
    print(cls.__name__, issubclass(cls, Iterable), issubclass(cls, Sized), issubclass(cls, Container),
          issubclass(cls, Hashable), issubclass(cls, Callable), issubclass(cls, Iterator),
          issubclass(cls, Collection), isinstance(cls(), Iterable))
print(issubclass(list, Reversible), issubclass(HasIter, Reversible))
