# zip stops at the shortest input; strict=True reports length mismatches.
print(list(zip()))
print(list(zip("abc")))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", [1, 2])))
print(list(zip([1, 2], "abcd")))
print(list(zip("ab", [1, 2], strict=True)))
for args in (("ab", [1]), ([1], "ab"), ("a", "b", "cd"), ("ab", "ab", "a")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)

def noisy(label, n):
    for i in range(n):
        print("yield", label, i)
        yield i
print(list(zip(noisy("A", 2), noisy("B", 5))))
print(list(zip(noisy("C", 5), noisy("D", 2))))

pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(type(zip()).__name__)
z = zip([1], [2])
print(iter(z) is z, next(z), next(z, "end"))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
