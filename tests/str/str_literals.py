# String literal forms: escapes, raw strings, triple quotes, implicit concatenation
print("tab:\t|", 'nl:\\n', "\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}", "\0" == "\x00", len("\777"))
print(r"raw\n\t\\", R"C:\path", r"\"quoted\"", len(r"\""))
print("""triple
quoted""", '''single 'triple' "mix"''')
s = """\
line1
    line2\
 continued"""
print(s)
print("adjacent" " literals" ' join', ("across"
                                        " lines"))
print(repr("\a\b\f\v"))
print(repr("\N{EM DASH}\N{GREEK SMALL LETTER ALPHA}"), "\u00e9" == "é", "e\u0301" == "é")
print(len("\U0001F600"), len("😀"), "\x7e", "\176", "\1")
