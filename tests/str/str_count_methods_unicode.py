# Searching methods with non-ASCII text and overlapping patterns
s = "ñandú ñandú ÑANDÚ 日本日本日"
print(s.count("ñ"), s.count("日本"), s.count("日本日"), s.find("ú"), s.rfind("ú"), s.index("日"), s.rindex("本"))
print(s.upper(), s.lower().count("ñandú"), s.casefold().count("ñandú"), s.split("日"), s.partition("本"))
print(s.startswith("ña"), s.endswith("本日"), s.replace("日本", "JP"), s.title(), s.swapcase())
print("aaaaa".count("aa"), "aaaaa".find("aa", 1), "aaaaa".rfind("aa"), "abababa".replace("aba", "X"), "abababa".split("aba"))
print("xßx".upper(), "xßx".upper().lower(), "ǰ".upper(), len("ǰ".upper()), "İ".lower(), len("İ".lower()))
