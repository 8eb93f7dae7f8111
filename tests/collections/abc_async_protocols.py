from collections.abc import Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator
class Fut:
    def __await__(self):
        yield self
class Co(Fut):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
    def close(self): pass
class AI:
    def __aiter__(self): return self
    def __anext__(self): raise StopAsyncIteration
for obj in (Fut(), Co(), AI(), 5):
    print(type(obj).__name__, isinstance(obj, Awaitable), isinstance(obj, Coroutine),
          isinstance(obj, AsyncIterable), isinstance(obj, AsyncIterator), isinstance(obj, AsyncGenerator))
for abc in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator):
    print(abc.__name__, sorted(abc.__abstractmethods__))
print(Awaitable[int], AsyncIterator[str])
