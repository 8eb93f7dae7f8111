# += and *= mutate a bytearray in place (aliases see it); bytes rebinds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"e")
print(a, alias, a is alias)
a *= 2
print(a, alias is a)
a *= 0
print(a, alias)
b = b"xy"
keep = b
b += b"z"
b *= 2
print(b, keep, b is keep)
def bad_add():
    x = bytearray(b"a")
    x += "s"
t(bad_add)
def bad_mul():
    x = bytearray(b"a")
    x *= "s"
t(bad_mul)
def bad_list():
    x = bytearray(b"a")
    x += [1]
t(bad_list)
t(lambda: bytearray(b"a").__iadd__("s"))
t(lambda: bytearray(b"ab").__imul__(3))
t(lambda: bytearray(b"ab").__imul__(-1))
c = bytearray(b"q")
c += bytes(c)
print(c)
