# Errors raised while evaluating the truth of an object.
class BadBool:
    def __bool__(self):
        return 1

class BadLen:
    def __len__(self):
        return -1

class BoolRaises:
    def __bool__(self):
        raise RuntimeError("no truth here")

class LenStr:
    def __len__(self):
        return "3"

for obj in (BadBool(), BadLen(), BoolRaises(), LenStr()):
    try:
        if obj:
            print("truthy")
        else:
            print("falsy")
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)

class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)

class NoBoolNoLen:
    pass
print(bool(NoBoolNoLen()))
print(bool(BadLen.__len__ and True))
