import sys

REGISTRY = []


class SkipTest(Exception):
    pass


def test(func=None, *, tags=()):
    def register(f):
        REGISTRY.append((f.__name__, f, set(tags)))
        return f
    if func is not None:
        return register(func)
    return register


def skip(reason):
    def decorate(f):
        def wrapper():
            raise SkipTest(reason)
        wrapper.__name__ = f.__name__
        return wrapper
    return decorate


class raises:
    def __init__(self, exc_type):
        self.exc_type = exc_type
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, etype, value, tb):
        if etype is None:
            raise AssertionError(f"{self.exc_type.__name__} not raised")
        if issubclass(etype, self.exc_type):
            self.caught = value
            return True
        return False


def assert_equal(a, b):
    if a != b:
        raise AssertionError(f"{a!r} != {b!r}")


@test
def test_addition():
    assert_equal(1 + 1, 2)


@test(tags=["slow"])
def test_sorting():
    data = [5, 3, 9, 1]
    assert sorted(data) == [1, 3, 5, 9]
    assert data == [5, 3, 9, 1], "sorted must not mutate"


@test
def test_failure():
    assert_equal("abc".upper(), "ABc")


@test
def test_assert_message():
    x = 3
    assert x % 2 == 0, f"{x} is odd"


@test
def test_raises_ok():
    with raises(ZeroDivisionError) as r:
        1 / 0
    assert_equal(str(r.caught), "division by zero")


@test
def test_raises_missing():
    with raises(KeyError):
        {}.get("x")


@test
@skip("not ready")
def test_skipped():
    raise RuntimeError("should not run")


@test
def test_error():
    return [1, 2][5]


@test(tags=["slow"])
def test_wrong_exception():
    with raises(ValueError):
        int("12") + "x"


def run(tag=None):
    results = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    for name, func, tags in REGISTRY:
        if tag and tag not in tags:
            continue
        try:
            func()
        except SkipTest as e:
            status, detail = "skipped", str(e)
        except AssertionError as e:
            status, detail = "failed", str(e) or "assertion failed"
        except Exception as e:
            status, detail = "errors", f"{type(e).__name__}: {e}"
        else:
            status, detail = "passed", ""
        results[status] += 1
        print(f"{name:<24} {status.upper():<8} {detail}")
    summary = ", ".join(f"{v} {k}" for k, v in results.items() if v)
    print(f"--- {summary}")
    return results


res = run()
print(res)
print(run(tag="slow"))
sys.stdout.write("exit code would be %d\n" % (1 if res["failed"] or res["errors"] else 0))
print(len(REGISTRY), [n for n, _, t in REGISTRY if t])
