# Flag and IntFlag: combining members, pseudo-members, errors.
from enum import *
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R|P.W), list(P), P(3), ~P.R, P(0), bool(P(0)))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R|Perm.W), Perm(7), Perm.R | 8, repr(Perm(0)))
class P2(Flag):
    R=1; W=2; RW=3
print(list(P2), P2.RW, repr(P2(0)), P2.R.name, P2(3).name, repr(~P2.RW))
try: P2(8)
except Exception as e: print(type(e).__name__, repr(str(e)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color), Color.RED | Color.GREEN, Color.WHITE & Color.BLUE)
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, len(Color.WHITE), list(Color.RED | Color.BLUE))
print(bool(Color.RED & Color.GREEN), Color(0), Color.WHITE ^ Color.RED, ~Color.WHITE)
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m & Mode.READ, Mode.EXEC in m, int(m), m + 1, isinstance(m, int))
print(repr(~Mode.READ), repr(Mode(5)), [x.name for x in Mode])
