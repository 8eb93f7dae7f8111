# Float overflow in ** left uncaught
x = 10.0
for i in range(5):
    x = x ** 4
    print(i, x)
