# an __eq__ that mutates the set must not crash the interpreter
class Evil:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.s.clear()
        return False
s = set()
e1 = Evil(s)
s.add(e1)
try:
    print(Evil(s) in s)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s) <= 1)
