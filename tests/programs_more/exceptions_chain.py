class AppError(Exception):
    """Base app error."""


class ConfigError(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(key)

    def __str__(self):
        return f"bad config key {self.key!r}"


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e


try:
    load({}, "port")
except AppError as e:
    print(type(e).__name__, e, repr(e))
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("abc")
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__, e.__cause__)

try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)


g()
errors = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"),
          AttributeError("a"), FileNotFoundError(2, "No such file"), StopIteration(5)]
for err in errors:
    try:
        raise err
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except (ArithmeticError, AttributeError) as e:
        print("arith/attr", repr(e))
    except OSError as e:
        print("os", e.errno, e.strerror, e)
    except Exception as e:
        print("other", type(e).__name__, e, e.args)

print(issubclass(KeyError, LookupError), KeyError.__mro__)
e = Exception("a", 1)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception("x")))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e), str(e))
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("got values", eg.exceptions)
except* TypeError as eg:
    print("got types", eg.exceptions)
try:
    raise 5
except TypeError as e:
    print(e)
print(e if False else "ok")
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
