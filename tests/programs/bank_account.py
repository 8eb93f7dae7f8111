class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.owner!r} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(Exception):
    pass


class Account:
    next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.frozen = False
        self.id = Account.next_id
        Account.next_id += 1

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance:.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        base = super().__repr__()
        return base[:-1] + f", rate={self.rate})"


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after transfer attempt: {src.balance:.2f} / {dst.balance:.2f}")


alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, rate=0.05)
print(alice, bob)
print(transfer(alice, bob, 30))
print(transfer(alice, bob, 300))
print("interest:", bob.add_interest())
for op in [lambda: alice.deposit(-5), lambda: bob.withdraw(1e6)]:
    try:
        op()
    except (ValueError, InsufficientFunds) as exc:
        print(type(exc).__name__, exc.args)
alice.frozen = True
try:
    alice.deposit(10)
except FrozenAccount as exc:
    print("frozen:", exc)
print(alice.history)
print(bob.history)
print(isinstance(bob, Account), issubclass(SavingsAccount, Account))
print([a.id for a in (alice, bob)])
total = sum(a.balance for a in [alice, bob])
print(f"{'total':<10}|{total:>12,.2f}|")
accounts = sorted([alice, bob], key=lambda a: a.balance, reverse=True)
print(accounts)
