# string constants and capwords
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))

print(string.capwords("hello   world  from\tpython"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c d", "-"))
print(string.capwords("ALL CAPS wORDS"))
print(repr(string.capwords("")), repr(string.capwords("x", "x")))


def is_identifier_like(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(
        c in string.ascii_letters + string.digits + "_" for c in s)


print([w for w in ["abc", "1ab", "_x9", "a-b", ""] if is_identifier_like(w)])
text = "Hello, World! It's 2024..."
print("".join(c for c in text if c not in string.punctuation))
print(sum(c in string.hexdigits for c in "deadBEEFxyz"))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello".translate(table))
print(sorted(set(string.printable) - set(string.digits + string.ascii_letters + string.punctuation)))
print(sorted(n for n in dir(string) if not n.startswith("_")))
