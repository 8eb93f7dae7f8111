# Class bodies are not enclosing scopes for the functions defined in them.
class C:
    attr = "class attr"
    doubled = attr * 2

    def method(self):
        try:
            return attr
        except NameError as e:
            return type(e).__name__ + ": " + str(e)

    def via_self(self):
        return self.attr

    def via_class(self):
        return C.attr

c = C()
print(C.doubled)
print(c.method())
print(c.via_self(), c.via_class())

attr = "global attr"
print(c.method())

class Outer:
    value = 1
    class Inner:
        try:
            seen = value
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Inner.seen)

def factory():
    local = "function local"
    class K:
        got = local
        def m(self):
            return local
    return K

K = factory()
print(K.got, K().m())

class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
print(Counter().bump(), Counter().bump())
