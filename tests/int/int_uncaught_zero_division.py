# Integer division by zero left uncaught ends the program with its message
values = [10, 5, 0, 2]
for v in values:
    print(100 // v)
