class Rollback(Exception):
    pass


class Store:
    def __init__(self):
        self.data = {}
        self.journal = []

    def transaction(self):
        return Transaction(self)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        if self.journal:
            self.journal[-1].append((key, self.data.get(key, _MISSING)))
        self.data[key] = value

    def __delitem__(self, key):
        if self.journal:
            self.journal[-1].append((key, self.data[key]))
        del self.data[key]


_MISSING = object()


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.store.journal.append([])
        print(f"  begin (depth {len(self.store.journal)})")
        return self.store

    def __exit__(self, exc_type, exc, tb):
        undo = self.store.journal.pop()
        if exc_type is None:
            if self.store.journal:
                self.store.journal[-1].extend(undo)
            print(f"  commit {len(undo)} change(s)")
            return False
        for key, old in reversed(undo):
            if old is _MISSING:
                self.store.data.pop(key, None)
            else:
                self.store.data[key] = old
        print(f"  rollback {len(undo)} change(s) because {exc_type.__name__}: {exc}")
        return issubclass(exc_type, Rollback)


s = Store()
with s.transaction() as st:
    st["a"] = 1
    st["b"] = 2
print(s.data)
with s.transaction():
    s["a"] = 100
    del s["b"]
    s["c"] = 3
    raise Rollback("changed my mind")
print(s.data)
try:
    with s.transaction():
        s["a"] = -1
        with s.transaction():
            s["z"] = 26
        s["a"] / 0
except ZeroDivisionError as e:
    print("escaped:", e)
print(s.data)
with s.transaction():
    with s.transaction():
        s["n"] = 1
    with s.transaction():
        s["n"] = 2
        raise Rollback("inner only")
    s["m"] = s["n"] * 10
print(s.data)


class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *exc):
        Indent.level -= 1

    def say(self, msg):
        print("    " * Indent.level + msg)


with Indent() as a:
    a.say("one")
    with Indent() as b, Indent() as c:
        c.say("three")
    a.say("back to one")
print(Indent.level)


def finally_demo(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "many"
    except ValueError:
        return "caught"
    finally:
        print(f"  finally for {n}")


print([finally_demo(n) for n in range(3)])


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
