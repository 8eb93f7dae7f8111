# range combined with builtins and conversions
r = range(1, 11)
print(sum(r), sum(x * x for x in r), list(filter(lambda x: x % 4 == 0, r)), tuple(range(3)), set(range(3)))
print(dict.fromkeys(range(3)), list(zip(range(3), range(5, 100))), any(range(1)), all(range(1, 3)), str(range(0, -3, -1)))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], list(range(0, 100, 7))[-1], max(range(0, 100, 7)))
print(list(range(5))[::-1] == list(reversed(range(5))), range(5)[::-1] == reversed(range(5)))
print(sorted(range(5), key=lambda x: -x), min(range(3, 9), key=lambda x: abs(x - 5)))
print([i for i in range(3) for _ in range(i)], list(range(True, 3)), list(range(-2, 2)))
