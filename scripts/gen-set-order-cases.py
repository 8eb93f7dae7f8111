#!/usr/bin/env python3
"""Writes crates/garter-runtime/src/table/set_order_cases.txt: sequences of
set operations run on python3 (3.11), with the iteration order, popped
values and __eq__ calls CPython produced. The Rust tests in
set_order_tests.rs replay each sequence on SetTable and compare.

Format (one item per line):
  case NAME MODE        MODE is `int` (keys are ints, hash(int)) or `modN`
                        (keys are objects holding an int v, hash v % N,
                        whose __eq__ calls are recorded)
  OP ARGS...            an operation on variables 0..3 (see OPS below)
  > VALUES...           what the preceding operation produced
  ~ STORED:PROBE ...    the __eq__ calls the preceding operation made
  end

Run: python3 scripts/gen-set-order-cases.py
"""

import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "garter-runtime",
                   "src", "table", "set_order_cases.txt")
VARS = 4

EQ_LOG = []
HOOK = []


class Key:
    """A key with a chosen hash that logs every __eq__ call."""
    __slots__ = ("v", "h")

    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        EQ_LOG.append((self.v, other.v))
        if HOOK:
            HOOK.pop()()
        return self.v == other.v


class Runner:
    def __init__(self, mode):
        self.mode = mode
        self.sets = [set() for _ in range(VARS)]
        self.frozen = [False] * VARS
        self.keys = {}
        self.lines = []

    def key(self, v):
        if self.mode == "int":
            return v
        modulus = int(self.mode[3:])
        if v not in self.keys:
            self.keys[v] = Key(v, v % modulus)
        return self.keys[v]

    def value(self, k):
        return k if self.mode == "int" else k.v

    def run(self, op, *args):
        EQ_LOG.clear()
        out = getattr(self, "op_" + op)(*args)
        self.lines.append(" ".join([op] + [str(a) for a in args]))
        if out is not None:
            self.lines.append(" ".join([">"] + [str(x) for x in out]))
        if EQ_LOG:
            self.lines.append(" ".join(["~"] + ["%d:%d" % c for c in EQ_LOG]))

    def assign(self, d, s, frozen=False):
        self.sets[d] = s
        self.frozen[d] = frozen

    # Operations (the Rust replay mirrors each one).
    def op_new(self, d):
        self.assign(d, set())

    def op_list(self, d, *vals):
        self.assign(d, set([self.key(v) for v in vals]))

    def op_range(self, d, start, stop, step):
        self.assign(d, set(range(start, stop, step)))

    def op_discardrange(self, d, start, stop, step):
        for v in range(start, stop, step):
            self.sets[d].discard(self.key(v))

    def op_order(self, d):
        digest = sum((i + 1) * (self.value(k) % 1000003)
                     for i, k in enumerate(self.sets[d]))
        return [len(self.sets[d]), digest % (2**61 - 1)]

    def op_lit(self, d, *vals):
        assert self.mode == "int"
        self.assign(d, eval("{" + ", ".join(repr(v) for v in vals) + "}"))

    def op_forlit(self, *vals):
        """The order of `for x in {literal}` (a folded frozenset constant)."""
        assert self.mode == "int"
        scope = {}
        exec("out = []\nfor x in {%s}:\n    out.append(x)"
             % ", ".join(repr(v) for v in vals), scope)
        return scope["out"]

    def op_add(self, d, v):
        self.sets[d].add(self.key(v))

    def op_discard(self, d, v):
        self.sets[d].discard(self.key(v))

    def op_pop(self, d):
        if not self.sets[d]:
            return []
        return [self.value(self.sets[d].pop())]

    def op_clear(self, d):
        self.sets[d].clear()

    def op_contains(self, d, v):
        return [int(self.key(v) in self.sets[d])]

    def op_updatelist(self, d, *vals):
        self.sets[d].update([self.key(v) for v in vals])

    def op_update(self, d, a):
        self.sets[d] |= self.sets[a]

    def op_copy(self, d, a):
        self.assign(d, set(self.sets[a]))

    def op_frozen(self, d, a):
        assert not self.frozen[a], "frozenset(frozenset) is the same object"
        self.assign(d, frozenset(self.sets[a]), frozen=True)

    def op_union(self, d, a, b):
        self.assign(d, self.sets[a] | self.sets[b], self.frozen[a])

    def op_inter(self, d, a, b):
        self.assign(d, self.sets[a] & self.sets[b], self.frozen[a])

    def op_diff(self, d, a, b):
        self.assign(d, self.sets[a] - self.sets[b], self.frozen[a])

    def op_symdiff(self, d, a, b):
        self.assign(d, self.sets[a] ^ self.sets[b], self.frozen[a])

    def op_iupdate(self, a, b):
        self.sets[a] &= self.sets[b]

    def op_dupdate(self, a, b):
        self.sets[a] -= self.sets[b]

    def op_xupdate(self, a, b):
        self.sets[a] ^= self.sets[b]

    def mutate_on_first_eq(self, d, r):
        """The next __eq__ call discards r from set d and adds r + 1000."""
        def hook():
            self.sets[d].discard(self.key(r))
            self.sets[d].add(self.key(r + 1000))
        HOOK.append(hook)

    def op_addevil(self, d, v, r):
        self.mutate_on_first_eq(d, r)
        self.sets[d].add(self.key(v))
        HOOK.clear()

    def op_containsevil(self, d, v, r):
        self.mutate_on_first_eq(d, r)
        found = self.key(v) in self.sets[d]
        HOOK.clear()
        return [int(found)]

    def op_discardevil(self, d, v, r):
        self.mutate_on_first_eq(d, r)
        self.sets[d].discard(self.key(v))
        HOOK.clear()

    def items(self, vals):
        return [self.key(v) for v in vals]

    def op_interlist(self, d, a, *vals):
        self.assign(d, self.sets[a].intersection(self.items(vals)), self.frozen[a])

    def op_difflist(self, d, a, *vals):
        self.assign(d, self.sets[a].difference(self.items(vals)), self.frozen[a])

    def op_symdifflist(self, d, a, *vals):
        self.assign(d, self.sets[a].symmetric_difference(self.items(vals)),
                    self.frozen[a])

    def op_iupdatelist(self, d, *vals):
        self.sets[d].intersection_update(self.items(vals))

    def op_dupdatelist(self, d, *vals):
        self.sets[d].difference_update(self.items(vals))

    def op_xupdatelist(self, d, *vals):
        self.sets[d].symmetric_difference_update(self.items(vals))

    def op_subsetlist(self, d, *vals):
        return [int(self.sets[d].issubset(self.items(vals)))]

    def op_supersetlist(self, d, *vals):
        return [int(self.sets[d].issuperset(self.items(vals)))]

    def op_disjointlist(self, d, *vals):
        return [int(self.sets[d].isdisjoint(self.items(vals)))]

    def dict_of(self, vals):
        """A dict with these keys; the comparisons building it are not
        part of the operation."""
        built = dict.fromkeys(self.items(vals))
        EQ_LOG.clear()
        return built

    def op_dictset(self, d, *vals):
        self.assign(d, set(self.dict_of(vals)))

    def op_dictupdate(self, d, *vals):
        self.sets[d].update(self.dict_of(vals))

    def op_xupdatedict(self, d, *vals):
        self.sets[d].symmetric_difference_update(self.dict_of(vals))

    def op_symdiffdict(self, d, a, *vals):
        self.assign(d, self.sets[a].symmetric_difference(self.dict_of(vals)),
                    self.frozen[a])

    def op_diffdict(self, d, a, *vals):
        assert self.mode == "int", "dict lookups would log comparisons"
        self.assign(d, self.sets[a].difference(self.dict_of(vals)), self.frozen[a])

    def op_subset(self, d, a):
        return [int(self.sets[d] <= self.sets[a])]

    def op_disjoint(self, d, a):
        return [int(self.sets[d].isdisjoint(self.sets[a]))]

    def op_check(self, d):
        return [self.value(k) for k in self.sets[d]]

    def op_hash(self, d):
        return [hash(frozenset(self.sets[d]))]


CASES = []


def case(name, mode, ops):
    runner = Runner(mode)
    for op in ops:
        runner.run(*op)
    CASES.append("case %s %s\n%s\nend\n" % (name, mode, "\n".join(runner.lines)))


def int_pool(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randrange(64)
    if kind == 1:
        return rng.randrange(20) * rng.choice([8, 16, 32, 64, 1024])
    if kind == 2:
        return -rng.randrange(1, 40)
    if kind == 3:
        return rng.choice([2**61, 2**64, -2**70, 2**61 - 1, 2**61 - 2, -2**61,
                           2**62 + 5, 2**100, -2**64 - 3, 2**63, -2**63])
    return rng.randrange(200)


def random_ops(rng, mode, count, size):
    pick = (lambda: int_pool(rng)) if mode == "int" else (lambda: rng.randrange(60))
    frozen = [False] * VARS
    ops = []
    for d in range(VARS):
        ops.append(("list", d) + tuple(pick() for _ in range(rng.randrange(size))))
    for _ in range(count):
        d, a, b = rng.randrange(VARS), rng.randrange(VARS), rng.randrange(VARS)
        choice = rng.randrange(25)
        mutable = not frozen[d]
        if choice < 4 and mutable:
            ops.append(("add", d, pick()))
        elif choice < 6 and mutable:
            ops.append(("discard", d, pick()))
        elif choice == 6 and mutable:
            ops.append(("pop", d))
        elif choice == 7 and mutable:
            ops.append(("updatelist", d) + tuple(pick() for _ in range(rng.randrange(size))))
        elif choice == 8 and mutable:
            ops.append(("update", d, a))
        elif choice == 9:
            ops.append(("copy", d, a))
            frozen[d] = False
        elif choice == 10 and not frozen[a]:
            ops.append(("frozen", d, a))
            frozen[d] = True
        elif choice in (11, 12, 13, 14):
            op = ["union", "inter", "diff", "symdiff"][choice - 11]
            ops.append((op, d, a, b))
            frozen[d] = frozen[a]
        elif choice in (15, 16, 17) and mutable:
            ops.append((["iupdate", "dupdate", "xupdate"][choice - 15], d, a))
        elif choice == 18:
            ops.append(("contains", d, pick()))
        elif choice == 19:
            ops.append((rng.choice(["subset", "disjoint"]), d, a))
        elif choice == 20 and mutable and rng.randrange(4) == 0:
            ops.append(("clear", d))
        elif choice == 22:
            vals = tuple(pick() for _ in range(rng.randrange(size)))
            op = rng.choice(["interlist", "difflist", "symdifflist"])
            ops.append((op, d, a) + vals)
            frozen[d] = frozen[a]
        elif choice == 23:
            vals = tuple(pick() for _ in range(rng.randrange(size)))
            ops.append((rng.choice(["subsetlist", "supersetlist", "disjointlist"]), d) + vals)
        elif choice == 24 and mutable:
            vals = tuple(pick() for _ in range(rng.randrange(size)))
            ops.append((rng.choice(["iupdatelist", "dupdatelist", "xupdatelist"]), d) + vals)
        elif choice == 21 and mode == "int" and mutable:
            vals = tuple(pick() for _ in range(rng.randrange(1, size)))
            ops.append(("lit", d) + vals)
            if len(vals) > 2:
                ops.append(("forlit",) + vals)
        else:
            ops.append(("check", d))
        if rng.randrange(3) == 0:
            ops.append(("check", rng.randrange(VARS)))
    ops.extend(("check", d) for d in range(VARS))
    return ops


def main():
    rng = random.Random(3119)
    case("literals", "int", [
        ("lit", 0, 5, 3, 1), ("check", 0),
        ("lit", 0, -1, 2**64, 7), ("check", 0),
        ("lit", 0, 1, 2), ("check", 0),
        ("lit", 0, 16, 8), ("check", 0),
        ("lit", 0, 8, 16, 0, 24), ("check", 0),
        ("lit", 0, 64, 32, 0, 96, 128, 8), ("check", 0),
        ("lit", 0, 2**61, 1, 2**61 + 1, 2), ("check", 0),
        ("lit", 0, *range(30, 0, -3)), ("check", 0),
        ("forlit", 256, 11, 288, 320, 24, 11, 384, 0),
        ("lit", 0, 256, 11, 288, 320, 24, 11, 384, 0), ("check", 0),
        ("forlit", 416, 112, 160, 480, 152, 40),
        ("lit", 0, 416, 112, 160, 480, 152, 40), ("check", 0),
    ])
    for n in range(101):
        case("range%d" % n, "int", [("list", 0, *range(n)), ("check", 0),
                                     ("copy", 1, 0), ("check", 1),
                                     ("frozen", 2, 0), ("check", 2), ("hash", 2)])
    case("range20_minus_4", "int", [("list", 0, *range(20)), ("lit", 1, 4),
                                    ("diff", 2, 0, 1), ("check", 2)])
    case("huge", "int", [("list", 0, -1, 2**64, 7, 2**61, -2**70, 2**61 - 1, -2),
                         ("check", 0), ("pop", 0), ("pop", 0), ("check", 0),
                         ("hash", 0)])
    case("pops", "int", [("list", 0, *range(0, 200, 7)), ("pop", 0), ("pop", 0),
                         ("add", 0, 0), ("add", 0, 1000), ("pop", 0), ("pop", 0),
                         ("check", 0), ("clear", 0), ("add", 0, 3), ("add", 0, 9),
                         ("pop", 0), ("pop", 0), ("add", 0, 5), ("pop", 0)])
    case("removal_readd", "int", [("list", 0, *range(0, 64, 8)), ("discard", 0, 8),
                                  ("discard", 0, 24), ("add", 0, 72), ("check", 0),
                                  ("add", 0, 8), ("check", 0), ("add", 0, 24),
                                  ("check", 0), ("hash", 0)])
    case("large_tables", "int", [
        ("range", 0, 0, 200000, 1), ("order", 0), ("pop", 0), ("pop", 0),
        ("range", 1, 0, 300000, 7), ("order", 1), ("copy", 2, 1), ("order", 2),
        ("diff", 3, 1, 0), ("order", 3), ("diff", 3, 0, 1), ("order", 3),
        ("discardrange", 0, 5, 190000, 3), ("order", 0), ("add", 0, 7), ("order", 0),
        ("range", 2, 0, 60000, 1), ("add", 2, 2**40), ("order", 2),
        ("inter", 3, 0, 1), ("order", 3), ("symdiff", 3, 1, 2), ("order", 3),
    ])
    case("finger_kept_by_intersection_update", "int", [
        ("range", 0, 0, 40, 1), ("pop", 0), ("pop", 0), ("pop", 0),
        ("range", 1, 0, 40, 2), ("iupdate", 0, 1), ("pop", 0), ("pop", 0),
        ("check", 0), ("clear", 0), ("updatelist", 0, 1, 2, 3, 4), ("pop", 0),
    ])
    case("difference_update_with_much_larger_set", "mod3", [
        ("list", 0, 4, 50), ("list", 1, *range(1, 60, 2)), ("dupdate", 0, 1),
        ("check", 0), ("list", 0, 1, 2, 3), ("list", 1, *range(0, 60, 3)),
        ("dupdate", 0, 1), ("check", 0),
    ])
    for mode in ("mod1", "mod2", "mod5"):
        for r in (0, 1, 4, 99):
            ops = []
            for op in ("addevil", "containsevil", "discardevil"):
                for v in (3, 7, 10):
                    ops += [("list", 0, *range(0, 12)), (op, 0, v, r), ("check", 0)]
            ops += [("list", 0, *range(0, 40, 3)), ("addevil", 0, 41, 3), ("check", 0),
                    ("addevil", 0, 44, 6), ("check", 0)]
            case("mutating_eq_%s_%d" % (mode, r), mode, ops)
    for mode in ("int", "mod3"):
        for size_a in (0, 2, 9, 20):
            for size_b in (0, 3, 12, 30):
                a = [rng.randrange(60) for _ in range(size_a)]
                b = [rng.randrange(60) for _ in range(size_b)]
                case("iterable_%s_%d_%d" % (mode, size_a, size_b), mode, [
                    ("list", 0, *a), ("interlist", 1, 0, *b), ("check", 1),
                    ("difflist", 1, 0, *b), ("check", 1),
                    ("symdifflist", 1, 0, *b), ("check", 1),
                    ("subsetlist", 0, *b), ("supersetlist", 0, *b),
                    ("disjointlist", 0, *b),
                    ("copy", 2, 0), ("iupdatelist", 2, *b), ("check", 2),
                    ("copy", 2, 0), ("dupdatelist", 2, *b), ("check", 2),
                    ("copy", 2, 0), ("xupdatelist", 2, *b), ("check", 2),
                    ("copy", 2, 0), ("pop", 2), ("iupdatelist", 2, *b), ("pop", 2),
                ])
    for mode in ("int", "mod3"):
        for size_a in (0, 4, 12, 30):
            for size_b in (0, 2, 6, 20):
                a = [rng.randrange(60) for _ in range(size_a)]
                b = [rng.randrange(60) for _ in range(size_b)]
                ops = [("dictset", 0, *a), ("check", 0), ("dictset", 1, *b),
                       ("copy", 2, 0), ("dictupdate", 2, *b), ("check", 2),
                       ("copy", 2, 0), ("xupdatedict", 2, *b), ("check", 2),
                       ("symdiffdict", 2, 0, *b), ("check", 2)]
                if mode == "int":
                    ops += [("diffdict", 2, 0, *b), ("check", 2)]
                case("dict_%s_%d_%d" % (mode, size_a, size_b), mode, ops)
    case("intersection_stops_when_complete", "mod3", [
        ("list", 0, *range(7)), ("interlist", 1, 0, 5, 1, 3, 0, 2, 6, 4, 30, 33, 36),
        ("check", 1), ("subsetlist", 0, 6, 5, 4, 3, 2, 1, 0, 9, 12),
    ])
    for size_a, size_b in ((30, 2), (30, 7), (30, 8), (50, 12), (12, 30)):
        a = [rng.randrange(2000) for _ in range(size_a)]
        b = [rng.choice(a + [rng.randrange(2000)]) for _ in range(size_b)]
        case("dict_wide_%d_%d" % (size_a, size_b), "int", [
            ("list", 0, *a), ("diffdict", 1, 0, *b), ("check", 1),
            ("interlist", 1, 0, *b), ("check", 1),
            ("symdiffdict", 1, 0, *b), ("check", 1),
        ])
    for size_a in (0, 3, 10, 24):
        for size_b in (0, 3, 10, 24):
            a = [rng.randrange(50) for _ in range(size_a)]
            b = [rng.randrange(50) for _ in range(size_b)]
            case("set_pairs_mod3_%d_%d" % (size_a, size_b), "mod3", [
                ("list", 0, *a), ("list", 1, *b),
                ("union", 2, 0, 1), ("check", 2), ("inter", 2, 0, 1), ("check", 2),
                ("diff", 2, 0, 1), ("check", 2), ("symdiff", 2, 0, 1), ("check", 2),
                ("subset", 0, 1), ("subset", 1, 0), ("disjoint", 0, 1), ("disjoint", 1, 0),
                ("copy", 3, 0), ("update", 3, 1), ("check", 3),
                ("copy", 3, 0), ("dupdate", 3, 1), ("check", 3),
                ("copy", 3, 0), ("xupdate", 3, 1), ("check", 3),
                ("copy", 3, 0), ("iupdate", 3, 1), ("check", 3),
            ])
    for size_a in (1, 3, 8, 20, 60):
        for size_b in (1, 5, 8, 30, 100):
            a = [rng.randrange(150) for _ in range(size_a)]
            b = [rng.randrange(150) for _ in range(size_b)]
            case("algebra_%d_%d" % (size_a, size_b), "int", [
                ("list", 0, *a), ("list", 1, *b),
                ("union", 2, 0, 1), ("check", 2), ("union", 2, 1, 0), ("check", 2),
                ("inter", 2, 0, 1), ("check", 2), ("inter", 2, 1, 0), ("check", 2),
                ("diff", 2, 0, 1), ("check", 2), ("diff", 2, 1, 0), ("check", 2),
                ("symdiff", 2, 0, 1), ("check", 2), ("symdiff", 2, 1, 0), ("check", 2),
                ("copy", 3, 0), ("xupdate", 3, 1), ("check", 3),
                ("copy", 3, 0), ("iupdate", 3, 1), ("check", 3), ("pop", 3),
                ("copy", 3, 1), ("dupdate", 3, 0), ("check", 3),
            ])
    for i in range(120):
        case("random%d" % i, "int", random_ops(rng, "int", rng.randrange(5, 25), 25))
    for i in range(40):
        mode = rng.choice(["mod1", "mod3", "mod7", "mod16"])
        case("collide%d" % i, mode, random_ops(rng, mode, rng.randrange(5, 20), 14))
    with open(OUT, "w") as f:
        f.write("# Generated by scripts/gen-set-order-cases.py from python3; "
                "do not edit.\n")
        f.writelines(CASES)


if __name__ == "__main__":
    main()
