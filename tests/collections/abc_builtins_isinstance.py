from collections.abc import (Iterable, Iterator, Generator, Reversible, Container, Sized,
    Hashable, Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping,
    MutableMapping, MappingView, KeysView, ItemsView, ValuesView)
names = ["Iterable", "Iterator", "Generator", "Reversible", "Container", "Sized", "Hashable",
         "Callable", "Collection", "Sequence", "MutableSequence", "Set", "MutableSet",
         "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView"]
abcs = [Iterable, Iterator, Generator, Reversible, Container, Sized, Hashable, Callable,
        Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
        MappingView, KeysView, ItemsView, ValuesView]
def gen():
    yield 1
samples = {"list": [], "tuple": (), "str": "", "bytes": b"", "dict": {}, "set": set(),
           "frozenset": frozenset(), "range": range(1), "keys": {}.keys(), "values": {}.values(),
           "items": {}.items(), "list_iter": iter([]), "gen": gen(), "int": 1, "func": len,
           "lambda": lambda: 0, "None": None, "bytearray": bytearray(), "dict_iter": iter({})}
for sname, obj in samples.items():
    print(sname, [n for n, a in zip(names, abcs) if isinstance(obj, a)])
