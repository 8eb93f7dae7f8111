from collections.abc import Generator, Iterator, Iterable
class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), iter(c) is c)
class G(Generator):
    def send(self, v):
        raise StopIteration
    def throw(self, *a):
        raise StopIteration
print(list(G()), isinstance(G(), Iterator))
def g():
    yield
print(isinstance(g(), Generator), isinstance(iter(()), Generator), issubclass(type(g()), Iterable))
