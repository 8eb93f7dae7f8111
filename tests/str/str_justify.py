# center, ljust, rjust, zfill with fill characters and widths
for s in ["", "a", "ab", "abc", "abcd", "日本"]:
    print("|" + s.center(6) + "|" + s.center(7, "*") + "|" + s.ljust(5, "-") + "|" + s.rjust(5, ".") + "|")
print("abc".center(2), "abc".ljust(-1), "abc".rjust(0), "x".center(4, "é"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "12345".zfill(3))
print("--5".zfill(5), "+-5".zfill(5), " 5".zfill(4), "1.5".zfill(6), "-0x1f".zfill(8))
for f in (lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill(None),
          lambda: "a".center()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
