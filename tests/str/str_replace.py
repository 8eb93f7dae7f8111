# replace with counts, empty patterns and unicode
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "oo"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "a"), "ababab".replace("aba", "X"))
print("héllo".replace("é", "e"), "😀😀".replace("😀", ":)"), "abc".replace("abc", ""))
try:
    s.replace("one", "1", count=1)
except TypeError as e:
    print(type(e).__name__, e)
for f in (lambda: s.replace("a"), lambda: s.replace(1, "x"), lambda: s.replace("a", "b", "c")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
