from collections.abc import Mapping, MutableMapping, Sequence, Iterator, Set, Sized, Hashable
for abc in (Mapping, MutableMapping, Sequence, Iterator, Set, Sized):
    try:
        abc()
    except TypeError as e:
        print(e)
class Half(Mapping):
    def __getitem__(self, k):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
print(type(Full()).__name__)
