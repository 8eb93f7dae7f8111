# copying instances of user classes: __dict__, __slots__, hooks, subclasses
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("moved")
print(p, q, r, type(q).__name__, q is p, q.tags is p.tags, r.tags is p.tags)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted([1])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, s3.a is s.a, hasattr(s2, "b"))


class Mixed(Slotted):
    __slots__ = ("__private", "__dict__")

    def __init__(self):
        super().__init__("A")
        self.__private = "p"
        self.extra = {"e": 1}

    def private(self):
        return self.__private


m = copy.deepcopy(Mixed())
print(m.a, m.private(), m.extra)


class WithHooks:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__ called")
        return WithHooks(list(self.items))

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithHooks(copy.deepcopy(self.items, memo))


w = WithHooks([[1]])
w1 = copy.copy(w)
w2 = copy.deepcopy(w)
print(w1.items, w1.items is w.items, w2.items[0] is w.items[0])


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
child = root.add(Node("child"))
child.add(Node("leaf"))
tree = copy.deepcopy(root)
print(tree.children[0].parent is tree, tree.children[0] is not child,
      tree.children[0].children[0].value)


class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = {"x": 1}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


st = copy.deepcopy(State())
print(st.data, st.cache)
st2 = copy.copy(State())
print(st2.data, st2.cache)


class Reducer:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        print("reduce")
        return (Reducer, (self.a, self.b + 1))


rr = copy.copy(Reducer(5))
print(rr.a, rr.b)


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.label = "L"


ml = MyList([1, [2]])
ml2 = copy.copy(ml)
ml3 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.label, ml2[1] is ml[1], ml3[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(a=[1])
md.note = "n"
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2.note, md2["a"] is md["a"])


class Celsius(float):
    pass


c = copy.copy(Celsius(21.5))
print(type(c).__name__, c)


class Tagged(str):
    pass


tg = Tagged("hi")
tg.flag = True
tg2 = copy.deepcopy(tg)
print(type(tg2).__name__, tg2, tg2.flag)


class Unpicklable:
    def __reduce_ex__(self, protocol):
        raise TypeError(f"no copying, protocol {protocol}")


try:
    copy.copy(Unpicklable())
except TypeError as e:
    print("TypeError", e)


class ReturnsString:
    def __reduce__(self):
        return "global_name"


obj = ReturnsString()
print(copy.copy(obj) is obj, copy.deepcopy(obj) is obj)


class Config:
    defaults = {"debug": False}

    def __init__(self, **options):
        self.options = {**self.defaults, **options}


base = Config(level=1)
override = copy.deepcopy(base)
override.options["debug"] = True
print(base.options, override.options)
print(copy.copy(Point) is Point, copy.deepcopy(Config) is Config)
