# str.maketrans forms and translate
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "é": 101})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hello".translate({104: None}))
class Lookup:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abx".translate(Lookup()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("a"))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: 65}))
