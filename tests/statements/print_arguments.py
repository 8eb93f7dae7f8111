# print(): sep, end, file, flush, and conversion of each argument with str().
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(*range(5), sep=" | ")
print(1, 2.5, None, True, [1, "x"], ("t",), {"k": "v"})
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(sep="ignored", end="only end\n")
print("x", sep=None, end=None)
print("multi\nline")
print("tab\tseparated")
class Custom:
    def __str__(self):
        return "Custom.__str__"
print(Custom(), [Custom.__name__])
for bad in ({"sep": 1}, {"end": []}, {"file": 5}):
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
result = print("print returns")
print(result)
