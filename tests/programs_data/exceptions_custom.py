class AppError(Exception):
    """Base error."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFound(AppError, LookupError):
    pass

class WithCode(Exception):
    def __init__(self, code, *rest):
        self.code = code
        super().__init__(code, *rest)
    def __str__(self):
        return f"[{self.code}] {self.args[1:]}"

class NoInit(Exception):
    pass

for exc in [ValidationError("age", "must be positive"), NotFound("user 5"), WithCode(404, "missing", "page"), NoInit(), NoInit("a", 2), AppError()]:
    try:
        raise exc
    except AppError as e:
        print("app", type(e).__name__, e, e.args, repr(e))
    except Exception as e:
        print("other", type(e).__name__, e, e.args, repr(e))
try:
    raise NotFound("k")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, KeyError), NotFound.__mro__[1:3])
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError("num", "not a number") from e
try:
    parse("x")
except ValidationError as e:
    print(e, e.field, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise AppError("during handling")
except AppError as e:
    print(e, type(e.__context__).__name__, e.__context__)
e = ValidationError("f", "m")
print(str(e), e.args, e.with_traceback(None) is e)
class Detailed(Exception):
    def __init__(self, msg, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __repr__(self):
        return f"Detailed({self.args[0]!r}, detail={self.detail!r})"
try:
    raise Detailed("boom", detail={"x": 1})
except Detailed as err:
    print(err, repr(err), err.detail)
class KE(KeyError):
    pass
try:
    raise KE("key")
except KeyError as e:
    print(e, str(KeyError("a b")), str(KeyError()), str(KE(1, 2)))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
class Slots(Exception):
    __slots__ = ("x",)
s = Slots("m")
s.x = 1
print(s.x, s)
e = AppError("note me")
e.add_note("extra info")
print(e.__notes__)
try:
    raise TypeError("bad") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Exception):
        def __init__(self):
            pass
    raise Bad
except Bad as e:
    print(repr(e), e.args, str(e) == "")
group = [ValueError("v"), KeyError("k")]
caught = []
for g in group:
    try:
        raise g
    except (KeyError, ValueError) as e:
        caught.append(f"{type(e).__name__}:{e}")
print(caught)
print(issubclass(ValidationError, Exception), issubclass(ValidationError, BaseException), AppError.__doc__)
