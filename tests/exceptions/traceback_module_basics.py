# The traceback module's common calls: format_exc, print_exc (to a file),
# format_exception, format_exception_only, print_exception.
import sys
import traceback


class AppError(Exception):
    pass


def fail():
    raise AppError("went wrong")


try:
    fail()
except AppError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(text.count("File"), text.endswith("\n"))

try:
    {}["key"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines[0], end="")
    print(lines[-1], end="")

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("bad value") from inner
except ValueError as e:
    text = "".join(traceback.format_exception(e))
    print("direct cause" in text, text.splitlines()[-1])
    e.add_note("a note")
    print(traceback.format_exception_only(e))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Collect()
try:
    int("x")
except ValueError:
    traceback.print_exc(file=sink)
print("".join(sink.parts).splitlines()[-1])
sink.parts.clear()
traceback.print_exception(TypeError("printed"), file=sink)
print("".join(sink.parts))
print(traceback.format_exc())
print(traceback.format_exception_only(None))
