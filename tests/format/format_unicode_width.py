# Widths count code points, not display columns
for s in ["abc", "日本", "e\u0301", "😀", "ß", ""]:
    print("[" + format(s, "6") + "]", "[" + format(s, ">6") + "]", "[" + format(s, "^6") + "]", "[" + format(s, "_<6") + "]", len(s))
print("[{:🙂^9}]".format("mid"), f"[{'x':✓>4}]", "[%5s]" % "日本", "[%-5s]" % "é")
print("日本".center(6, "*"), "日本".ljust(4, "-"), "日本".rjust(5), "😀".zfill(3))
