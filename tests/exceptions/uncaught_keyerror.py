# Ends with an uncaught KeyError, whose message is the repr of the key.
inventory = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear"]:
    print(fruit, inventory[fruit])

def order(name, qty):
    print("ordering", qty, name)
    inventory[name] -= qty
    print("left", inventory[name])

orders = [("apple", 1), ("apple", 2), ("plum", 2), ("pear", 1)]
for name, qty in orders:
    order(name, qty)
print("never printed")
