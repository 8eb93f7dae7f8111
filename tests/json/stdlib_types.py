# collections, namedtuple, dataclasses and enum values through json
import json
from collections import OrderedDict, Counter, defaultdict, namedtuple, UserDict
import dataclasses, enum
P = namedtuple("P", "x y")
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(Counter("abca")), json.dumps(defaultdict(list, k=[1])))
print(json.dumps(P(1, 2)), json.dumps({"p": P(3, 4)}, indent=1))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
@dataclasses.dataclass
class C:
    x: int
    y: list
print(json.dumps(dataclasses.asdict(C(1, [2]))))
class S(str, enum.Enum):
    A = "a"
print(json.dumps({S.A: S.A}))
class F(float, enum.Enum):
    X = 1.5
print(json.dumps([F.X]))
try:
    json.dumps(UserDict(a=1))
except TypeError as e:
    print(e)
print(json.dumps(OrderedDict([("b", 1), ("a", 2)]), sort_keys=True, indent=2))
