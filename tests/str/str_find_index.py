# find, rfind, index, rindex, count with start/end arguments and errors
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("", 5), s.find("", 11), s.find("", 12))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -100, 100), s.find("abra", 1, 10))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5), s.rfind("a", -3, -1))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("bra", 0, 6))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 3), s.count("a", 3, 7), s.count("aa"))
print("aaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 10))
print(s.find("a", None, None), s.count("a", None, 5), s.find("ra", 3, None))
print("héllo wörld".find("ö"), "日本語テキスト".find("テ"), "😀a😀".rfind("😀"))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 11), lambda: s.find(1),
          lambda: s.count(None), lambda: s.find("a", "1"), lambda: "".index("")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
