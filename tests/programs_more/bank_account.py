class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self._balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self._balance == other._balance

    def __lt__(self, other):
        return self._balance < other._balance

    @classmethod
    def count(cls):
        return cls._count

    @staticmethod
    def fmt(x):
        return f"${x:,.2f}"


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if amount > 1000:
            raise ValueError(f"limit exceeded: {amount}")
        return super().withdraw(amount)


accts = [Account("ann", 100), Savings("bob", 5000), Account("cy", 42)]
print(sorted(accts))
print(max(accts), min(accts, key=lambda a: a.owner))
print(Account.count(), Savings.count())
print(Account.fmt(1234567.891))
for a, amt in [(accts[0], 50), (accts[0], 500), (accts[1], 2000), (accts[1], 10)]:
    try:
        print(a.withdraw(amt))
    except InsufficientFunds as e:
        print(type(e).__name__, e, e.needed, e.available, e.args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    accts[2].balance = -5
except ValueError as e:
    print("error:", e)
try:
    accts[2].balance2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del accts[2].balance
except AttributeError as e:
    print(type(e).__name__, e)
print(accts[0] == Account("x", 50), accts[0] != accts[1], accts[0] == 5)
print(Savings.interest, Account.interest, Savings.__mro__)
print(isinstance(accts[1], Account), issubclass(Savings, (int, Account)))
print(vars(accts[2]))
try:
    accts[0] < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
