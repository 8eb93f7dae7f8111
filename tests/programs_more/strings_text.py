text = "The quick brown fox jumps over the lazy dog. The dog sleeps."
words = text.lower().replace(".", "").split()
print(len(words), words[:4])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda p: (-p[1], p[0]))[:3])
print(text.count("the"), text.find("dog"), text.rfind("dog"), text.index("fox"))
try:
    text.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
print(text.title()[:20], "hello world".capitalize(), "ABC".swapcase())
print("  pad  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split())
print("-".join(["a", "b", "c"]), "abc".center(9, "*"), "42".zfill(5), "ab".ljust(4) + "|")
print("hello"[::-1], "hello"[1:4], "hello"[-3:], "hello"[10:])
print("Hello".startswith(("He", "x")), "file.py".endswith(".py"), "abc".isalpha(), "12".isdigit())
print("%s is %d years and %.1f%%" % ("Ann", 30, 99.5), "%-5s|%5s|" % ("a", "b"))
print("{0} {name} {0}".format("pos", name="kw"), "{:>8}".format("r"), "{:,}".format(10**6))
print(f"{'nested'!r:>12}", f"{3.14159:.2f}", f"{42:b}", f"{'x' * 3}", f"{1+2=}")
print(str(3.0), str(1e20), str(1e-5), repr(0.1 + 0.2), 1e16, 123456789.0 * 10)
print(ord("A"), chr(97), "é".encode(), b"abc".decode(), "ß".upper(), "İ".lower().encode())
table = str.maketrans("aeiou", "12345")
print("education".translate(table))
print("a\tb".expandtabs(4), repr("line1\nline2"), "x".isupper(), "Ab1".isalnum())
print("one two three".split(" ", 1), "a=b=c".rsplit("=", 1), "abc".partition("x"))
print(" ".join(reversed("hello world".split())), "Mississippi".replace("ss", "SS", 1))
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("12a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
print("abc" < "abd", "Z" < "a", "abc" * 2, "b" in "abc", "%r" % "q", "%5.2f" % 2.345)
print(str(b"bytes"), repr("it's"), repr('say "hi"'), ascii("é"), "{!a}".format("ñ"))
print("CamelCaseString".casefold(), "x".join("abc"), "tab\there".split("\t"))
print("{:08.3f}|{:+d}|{:e}|{:%}|{:g}".format(3.14159, 5, 12345.678, 0.25, 1e-7))
