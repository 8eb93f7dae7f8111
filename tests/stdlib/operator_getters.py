# itemgetter, attrgetter and methodcaller as sort keys and mappers
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

rows = [("carol", 31, "NYC"), ("alice", 25, "LA"), ("bob", 31, "SF"), ("dave", 25, "NYC")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(1))[0])
g = itemgetter(2, 0)
print(g(rows[0]), g("abc"))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(itemgetter("name")({"name": "x", "age": 3}))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(None))))
counts = {"a": 3, "b": 1, "c": 2}
print(sorted(counts.items(), key=itemgetter(1), reverse=True))

Person = namedtuple("Person", "name age address")
Address = namedtuple("Address", "city zip")
people = [Person("ann", 40, Address("Oslo", "0150")),
          Person("ben", 22, Address("Bergen", "5003")),
          Person("cat", 31, Address("Aarhus", "8000"))]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print([p.name for p in sorted(people, key=attrgetter("address.city"))])
get = attrgetter("name", "address.zip")
print(get(people[0]))
print(repr(attrgetter("a")), repr(attrgetter("a.b", "c")))
print(attrgetter("real", "imag")(3 + 4j))

upper = methodcaller("upper")
print(upper("hello"), list(map(methodcaller("strip", "x"), ["xax", "bxx"])))
split2 = methodcaller("split", ",", maxsplit=1)
print(split2("a,b,c"))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("f")))
print(sorted(["b", "C", "a"], key=methodcaller("lower")))

for bad in [lambda: itemgetter(),
            lambda: itemgetter(5)([1]),
            lambda: itemgetter("k")({}),
            lambda: attrgetter(1),
            lambda: attrgetter("missing")(object()),
            lambda: attrgetter("name.nope")(people[0]),
            lambda: methodcaller(),
            lambda: methodcaller(3),
            lambda: methodcaller("nope")(1),
            lambda: itemgetter(0)(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(itemgetter(1)), type(attrgetter("a")), type(methodcaller("a")))
