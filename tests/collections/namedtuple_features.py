from collections import namedtuple
Card = namedtuple("Card", "rank suit")
cards = [Card(r, s) for s in "SH" for r in (2, 3)]
print(cards)
print(sorted(cards, key=lambda c: (c.rank, c.suit)))
print(Card(2, "S") < Card(3, "A"), Card(1, 2) + (3,), Card(1, 2) * 2)
c = Card(rank=10, suit="D")
print(c._asdict(), c.count(10), c.index("D"), c[-1], c[:1])
d = {c: "ten"}
print(d[Card(10, "D")])
print(Card._make(["A", "S"]))
try:
    Card._make([1])
except TypeError as e:
    print(e)
try:
    c._replace(color=1)
except ValueError as e:
    print(e)
try:
    Card(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Card(1, rank=2)
except TypeError as e:
    print(e)
try:
    Card(1, 2, suits=3)
except TypeError as e:
    print(e)
try:
    Card()
except TypeError as e:
    print(e)
print(Card.rank.__doc__, Card.suit.__doc__)
E = namedtuple("E", [])
print(E(), len(E()))
print(Card.__match_args__)
