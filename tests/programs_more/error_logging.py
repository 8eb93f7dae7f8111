import traceback
import sys


def parse_all(items):
    results, errors = [], []
    for item in items:
        try:
            results.append(int(item))
        except (TypeError, ValueError) as exc:
            errors.append(traceback.format_exception_only(exc)[-1].strip())
    return results, errors


print(parse_all(["1", "x", None, "3", 4.5]))


def log_errors(func):
    def wrapper(*args):
        try:
            return func(*args)
        except Exception:
            info = sys.exc_info()
            print("caught", info[0].__name__, info[1], type(info[2]).__name__)
            print(traceback.format_exc().splitlines()[-1])
            return None
    return wrapper


@log_errors
def risky(d, k):
    return d[k] / 2


print(risky({"a": 4}, "a"), risky({"a": 4}, "b"), risky({"a": "s"}, "a"))
print(sys.exc_info())
