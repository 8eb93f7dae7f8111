# Selected sys attributes that do not depend on the machine.
import sys

print(sys.argv[0].rsplit("/", 1)[-1], len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
print(sys.byteorder in ("little", "big"))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, sys.version_info[0] == 3)
print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
for bad in (0, -5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
n = sys.stdout.write("written via sys.stdout.write\n")
print("write returned", n)
print(sys.stdout.write(""))
sys.stderr.write("this goes to stderr\n")
print("stdin is readable:", sys.stdin.read() == "")
print(sys.float_info.max > 1e308)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.float_info.epsilon == 2 ** -52)
