# Exceptions: raise and catch in a loop, custom exception classes, finally blocks.
class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]


table = {i: i * 2 for i in range(0, 1000, 3)}
found = missing = finals = zero_div = 0
codes = 0
for rep in range(600):
    for k in range(1000):
        try:
            found += lookup(table, k)
        except NotFound as e:
            missing += 1
            codes += e.code
        finally:
            finals += 1
    for k in range(500):
        try:
            _ = 10 // (k % 5)
        except ZeroDivisionError:
            zero_div += 1
        try:
            int("x%d" % k if k % 2 else str(k))
        except ValueError:
            zero_div -= 1
print("exceptions", found, missing, finals, zero_div, codes)
