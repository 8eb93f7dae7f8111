def total(items):
    result = 0
    for item in items:
        result += item
    return reslt


print(total([1, 2]))
