# copying the collections types and exceptions
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

dq = deque([1, [2]], maxlen=5)
dq2 = copy.copy(dq)
dq3 = copy.deepcopy(dq)
dq.append(3)
print(dq, dq2, dq3, dq2.maxlen, dq2[1] is dq[1], dq3[1] is dq[1])

dd = defaultdict(list)
dd["a"].append(1)
dd2 = copy.copy(dd)
dd3 = copy.deepcopy(dd)
dd2["b"].append(2)
dd["a"].append(5)
print(dd, dd2, dd3, dd2.default_factory)

od = OrderedDict([("z", 1), ("a", [2])])
od2 = copy.copy(od)
od3 = copy.deepcopy(od)
od.move_to_end("z")
print(od, od2, od3, list(od3), od3["a"] is od["a"])

cnt = Counter("abracadabra")
cnt2 = copy.copy(cnt)
cnt["z"] += 1
print(cnt2.most_common(2), type(cnt2).__name__, "z" in cnt2)

Pt = namedtuple("Pt", "x y")
p = Pt(1, [2])
print(copy.copy(p) is p, copy.deepcopy(p), copy.deepcopy(p).y is p.y)

err = ValueError("bad", 42)
err2 = copy.copy(err)
print(type(err2).__name__, err2.args, err2 is err)


class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.code = code


e = copy.deepcopy(AppError("boom", 7))
print(type(e).__name__, e.args, e.code)
