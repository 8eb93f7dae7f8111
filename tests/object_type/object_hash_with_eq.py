# Defining __eq__ sets __hash__ to None; restoring it explicitly
class Plain:
    pass
class WithEq:
    def __eq__(self, other):
        return True
class WithEqAndHash:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7
class Inherit(WithEqAndHash):
    pass
class InheritEq(WithEqAndHash):
    def __eq__(self, other):
        return False
print(Plain.__hash__ is object.__hash__, WithEq.__hash__, WithEqAndHash.__hash__ is not None)
print(hash(WithEqAndHash()), hash(Inherit()), InheritEq.__hash__)
for cls in (WithEq, InheritEq):
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        {cls()}
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(hash(Plain()), int))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is not None, int.__hash__ is not None)
