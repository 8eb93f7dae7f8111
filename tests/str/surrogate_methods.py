# Everyday str methods over strings holding lone surrogates.
s = "a\ud800b\udc00c\ud800"
print(len(s), ascii(s.replace("\ud800", "-")), ascii(s.split("\ud800")), s.count("\ud800"))
print(ascii(s.partition("\udc00")), ascii(s.rsplit("b", 1)), s.rfind("\ud800"), s.endswith("\ud800"))
print(ascii("\ud800".join(["x", "y", "z"])), ascii(s.center(12, "\udcff")), ascii(s.zfill(9)))
print(ascii(s * 2), ascii(s + "\udfff"), ascii(s[1:4]), ascii(list(s)))
print(ascii("%s|%5s|%-5s|" % ("\ud800", "\udc00", "\udfff")), ascii("{}:{:>4}".format("\ud800", "\udc00")))
print(ascii("%c%c" % (0xd800, 0xdfff)), ascii(format(0xdc80, "c")), ascii("{:c}".format(0xd801)))
print(ascii("a\ud800".translate({0xd800: "X"})), ascii("ab".translate({ord("a"): 0xdcff})))
print(ascii(str.maketrans({"\ud800": "y"})), ascii("\ud800\ud801".translate(str.maketrans("\ud800", "\ud801"))))
print(ascii("\ud800\n\udc00".splitlines()), ascii("\t\ud800".expandtabs(4)), ascii(s.encode("utf-8", "surrogatepass")))
