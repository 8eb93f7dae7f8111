# Comprehensions in a class body cannot see class-level names (except the first iterable).
class A:
    items = [1, 2, 3]
    factor = 10
    doubled = [x * 2 for x in items]
    try:
        scaled = [x * factor for x in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
    try:
        filtered = [x for x in range(5) if x in items]
    except NameError as e:
        filtered = "NameError: " + str(e)
    pairs = [(x, y) for x in items for y in "ab"]
    try:
        nested = [(x, y) for x in items for y in items]
    except NameError as e:
        nested = "NameError: " + str(e)
    gen_sum = sum(x for x in items)
    lookup = {k: len(k) for k in ["aa", "b"]}

print(A.doubled)
print(A.scaled)
print(A.filtered)
print(A.pairs)
print(A.nested)
print(A.gen_sum)
print(A.lookup)

factor = 100
class B:
    factor = 2
    result = [x * factor for x in range(3)]
print(B.result)

def enclosing():
    outer_value = 7
    class C:
        outer_value = "class-level"
        values = [outer_value for _ in range(2)]
    return C.values
print(enclosing())
