class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
    def deposit(self, amount):
        self.__balance += amount
        return self.__balance
    def __secret(self):
        return "hidden"
    def reveal(self):
        return self.__secret()
    @property
    def balance(self):
        return self.__balance
acct = BankAccount("ann", 10)
print(acct.deposit(5), acct.balance, acct.reveal())
try:
    print(acct.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(acct._BankAccount__balance, sorted(vars(acct)))
class _Priv:
    __x = 1
    def get(self): return self.__x, [self.__x for _ in range(2)], (lambda: self.__x)()
print(_Priv().get(), _Priv._Priv__x)
