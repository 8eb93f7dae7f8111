print
exec
_
__name__
__debug__
TrueValue = NoneType = False_ = 1
await_ = async_ = 2
type = 3
match_ = case_ = 4
a1_b2 = _private = __dunder__ = 5
