# print(): sep, end, file, flush, and the str() of arguments
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="-", end="!\n")
print(1, 2.5, None, [1], sep=" | ")
print("no newline", end="")
print(" continued")
print(sep="x", end="END\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print(*"abc")
print("a", "b", sep=None, end=None)
class S:
    def __str__(self):
        return "S!"
print(S(), str(S()), f"{S()}")
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print("x", sep=5))
t(lambda: print("x", end=[]))
t(lambda: print("x", file=5))
t(lambda: print("x", bogus=1))
print("multi\nline", "text")
