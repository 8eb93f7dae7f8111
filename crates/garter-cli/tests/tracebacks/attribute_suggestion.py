class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0


account = Account("ada")
print(account.balence)
