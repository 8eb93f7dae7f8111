a = {1: 0, 2: 0, 3: 0}
b = {2: 0, 3: 0, 4: 0}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb)
print(ka & {3, 9}, {3, 9} & ka, ka | [7], [7] | ka, ka - (1,), (1, 5) - ka, ka ^ "", range(2, 5) ^ ka)
print(type(ka & kb).__name__, type([1] | ka).__name__)
print(ka.isdisjoint({9}), ka.isdisjoint([1]), ka.isdisjoint(x for x in [3]))
print(ka == {1, 2, 3}, ka == {1, 2}, {1, 2, 3} == ka, ka != kb)
print(ka < {1, 2, 3, 4}, ka <= {1, 2, 3}, ka > {1}, ka >= ka, ka > ka)
print(ka == [1, 2, 3])
try:
    ka & 5
except TypeError as e:
    print(e)
