# Ends with an uncaught user exception whose __str__ builds the message.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"cannot withdraw {self.amount} from balance {self.balance}"

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)

acct = Account(100)
for amount in (30, 50, 40):
    acct.withdraw(amount)
