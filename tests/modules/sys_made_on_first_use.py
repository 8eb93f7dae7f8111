# The sys module is the interpreter's own: printing works before any
# import of it, every import gives the same module, and a replaced
# sys.stdout takes print's output.
print("before import")
import sys
import sys as again
print(sys is again, "sys" in sys.modules)
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.maxsize == 2**63 - 1, sys.byteorder)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


saved = sys.stdout
sys.stdout = Collect()
print("captured", 1, 2)
kept = sys.stdout
sys.stdout = saved
print(kept.parts)
print(sys.getrecursionlimit())
