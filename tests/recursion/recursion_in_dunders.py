# RecursionError from recursive __repr__, __getattr__ and __eq__.
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"

try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__)

class BadGetattr:
    def __getattr__(self, name):
        return self.missing_too

try:
    BadGetattr().anything
except RecursionError as e:
    print("getattr:", type(e).__name__)

class Proxy:
    def __init__(self):
        self.inner = self
    def __eq__(self, other):
        return self.inner == other

try:
    Proxy() == 1
except RecursionError as e:
    print("eq:", type(e).__name__)

class Len:
    def __len__(self):
        return len(self)
try:
    len(Len())
except RecursionError as e:
    print("len:", type(e).__name__)

def recover():
    return "recovered normally"
print(recover())
l = []
for _ in range(50):
    l = [l]
print(str(l)[:10], len(str(l)))
