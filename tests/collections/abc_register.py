from collections.abc import Sequence, Mapping, Hashable
class Thing:
    pass
print(isinstance(Thing(), Sequence))
r = Sequence.register(Thing)
print(r is Thing, isinstance(Thing(), Sequence), issubclass(Thing, Sequence))
class Sub(Thing):
    pass
print(issubclass(Sub, Sequence))
@Mapping.register
class M:
    pass
print(M.__name__, issubclass(M, Mapping))
print(issubclass(M, Sequence))
