from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Sized, Container, Collection, Reversible
class MyDict(dict):
    pass
class MyList(list):
    pass
class Plain:
    pass
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
    def __reversed__(self): return iter(())
for obj in (MyDict(), MyList(), Plain(), Full(), "s", b"b", (1,), range(2)):
    print(type(obj).__name__, isinstance(obj, Mapping), isinstance(obj, MutableMapping),
          isinstance(obj, Sequence), isinstance(obj, Iterable), isinstance(obj, Sized),
          isinstance(obj, Container), isinstance(obj, Collection), isinstance(obj, Reversible))
print(isinstance(Full(), Sequence), issubclass(Full, Collection))
