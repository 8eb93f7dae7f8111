class A:
    pass
class B(A):
    x = 1
    def method(self):
        return self.x
class C(A, B, metaclass=Meta):
    """Docstring."""
class D(*bases, **kwargs):
    pass
class E():
    pass
@decorator
class F(Generic[T], x=1):
    class Inner:
        pass
