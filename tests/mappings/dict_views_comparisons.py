a = {1: 1, 2: 2}
k = a.keys()
print(k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2}, k < k)
print({1} < k, {1, 2, 3} > k)
print(k == {1: 5}.keys() | {2}, k != {1})
print(a.items() < {(1, 1), (2, 2), (3, 3)}, a.items() >= {(1, 1)})
try:
    k < [1]
except TypeError as e:
    print(e)
try:
    a.values() < a.values()
except TypeError as e:
    print(e)
