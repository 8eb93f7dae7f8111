# Classes and method calls: attribute access on small objects, inheritance, properties.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history += 1
        return True


class Savings(Account):
    rate = 3

    def add_interest(self):
        self.deposit(self.balance * self.rate // 1000)

    @property
    def rich(self):
        return self.balance > 5000


accounts = [Savings("o%d" % i, i * 10) if i % 2 else Account("o%d" % i, i * 10) for i in range(200)]
failed = 0
for step in range(9000):
    for acc in accounts:
        acc.deposit(step % 13 + 4)
        if not acc.withdraw((step * 7) % 17):
            failed += 1
        if isinstance(acc, Savings) and step % 50 == 0:
            acc.add_interest()
rich = sum(1 for a in accounts if isinstance(a, Savings) and a.rich)
print("classes_methods", sum(a.balance for a in accounts), sum(a.history for a in accounts), failed, rich)
