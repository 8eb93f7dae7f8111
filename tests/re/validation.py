# Input validation with fullmatch, match and search.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
DATE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
HEX = re.compile(r"#?([0-9a-f]{6}|[0-9a-f]{3})", re.I)
PASSWORD = re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}")
IPV4 = re.compile(r"((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)")

for s in ["a@b.com", "first.last+tag@example.co.uk", "no-at-sign", "x@y", "@x.org"]:
    print(repr(s), bool(EMAIL.fullmatch(s)))
for s in ["2023-02-28", "2023-13-01", "2023-1-01", "1999-12-31 extra"]:
    m = DATE.fullmatch(s)
    print(repr(s), m and m.groups(), bool(DATE.match(s)))
for s in ["#FFaa00", "abc", "#abcd", "12345G"]:
    print(repr(s), HEX.fullmatch(s))
for s in ["Passw0rd", "password", "SHORT1a", "LongEnough9z"]:
    print(repr(s), PASSWORD.match(s) is not None)
for s in ["192.168.0.1", "256.1.1.1", "10.0.0", "1.2.3.4"]:
    print(repr(s), IPV4.fullmatch(s) is not None)
print(re.fullmatch(r"\d+", "123", ) , re.fullmatch(r"\d+", "123x"))
print(re.compile(r"\d+").fullmatch("ab123cd", 2, 5))
print(re.compile(r"\d+").match("ab123cd", 2), re.compile(r"^\d+").search("ab123cd", 2))
