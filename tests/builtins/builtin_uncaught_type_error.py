# A wrong builtin call escaping the program
items = [3, 1, 2]
print(sorted(items), len(items))
print(len(5))
