# Functions compare by identity; they are hashable and usable as dict keys.
def a():
    return "a"

def b():
    return "b"

alias = a
print(a == alias, a is alias, a == b, a != b)
table = {a: "first", b: "second"}
print(table[alias], table[b])
print(len({a, b, alias}))
funcs = [a, b, a]
print(funcs.count(a), funcs.index(b))
print(a in funcs, (lambda: 1) in funcs)
lambdas = [lambda: 1, lambda: 1]
print(lambdas[0] == lambdas[1])
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(bool(a), str(a.__name__), a.__name__ == "a")
print(type(a) is type(b), type(a).__name__)
class K:
    def m(self):
        pass
print(K.m == K.m, K().m == K().m)
k = K()
print(k.m == k.m, hash(k.m) == hash(k.m))
