# partition and rpartition
for s in ["key=value", "key=", "=value", "no sep", "a=b=c", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"))
for f in (lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
