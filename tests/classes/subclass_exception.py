# User exception classes with custom __init__, __str__ and attributes.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field)
    print(repr(e))

try:
    raise NoSuperInit(404)
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args, e.code)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))

class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, [c.__name__ for c in type(e).__mro__])

print(issubclass(ValidationError, Exception), issubclass(ValidationError, BaseException))
print(str(AppError()), repr(AppError()), repr(AppError("a", 1)))

class Chatty(Exception):
    def __init__(self, *args):
        print("Chatty.__init__", args)
        super().__init__(*args)
try:
    raise Chatty
except Chatty as e:
    print("raised class, args:", e.args)
