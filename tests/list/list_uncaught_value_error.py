# list.remove of a missing value left uncaught
stack = [1, 2, 3]
stack.remove(2)
print(stack)
stack.remove(2)
print(stack)
