d = {1: 1, 2: 2}
print(sorted(d.keys() | (8, 9)), sorted((8, 9) | d.keys()))
print(d.keys() - {1}, {1, 7} - d.keys())
print(d.keys() & d.keys(), d.keys() ^ {2: 0}.keys())
print(d.keys() & set(), set() | d.keys())
print(d.keys() == d.keys(), d.items() == d.items(), d.keys() == {1: 0}.keys())
print({1: 1}.items() <= d.items(), {1: 9}.items() <= d.items())
print(d.keys() >= frozenset([1]))
