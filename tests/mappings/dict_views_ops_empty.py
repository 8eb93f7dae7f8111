e = {}
print(e.keys() & {1}, e.keys() | {1}, e.items() - set(), e.keys() ^ [2])
print(e.keys() == set(), e.items() == set(), list(e.values()) == [])
print(len({}.keys()), bool({}.items()), bool({1: 1}.values()))
d = {i: i * i for i in range(5)}
print(d.keys() - {0, 1}, d.items() & {(2, 4), (3, 0)})
print(sorted(d.values()), max(d.keys()), sum(d.values()))
