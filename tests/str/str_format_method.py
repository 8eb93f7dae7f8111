# str.format: positional, keyword, auto numbering, attribute and index access
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[2]}".format([1, 2, 3]))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
class P:
    x = 3
    y = [4, 5]
print("{p.x} {p.y[1]} {0.x}".format(P(), p=P()))
print("{{literal}} {} {{}}".format(7), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{0:>5}|{0:<5}|{0:^5}|".format("ab"), "{:{}}".format(3, 5) + "|", "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0}{1}{0}".format("ab", "cd"), "{}".format(None), "{:d}".format(True))
print("{0[0]}".format("xyz"), "{0[a]}".format({"a": 1}))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "{} {}".format(1))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{x}".format(y=1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0.nope}".format(1))
t(lambda: "{!x}".format(1))
t(lambda: "{0!}".format(1))
t(lambda: "{:abc}".format(1))
t(lambda: "{a[}".format(a=1))
t(lambda: "{0[0]x}".format([1]))
t(lambda: "{0[-1]}".format([1, 2]))
t(lambda: "{d[0]}".format(d={"0": "str key"}))
print("{0:{1}{2}}".format(5, "<", 3) + "|", "{:*^{}}".format("x", 5))
