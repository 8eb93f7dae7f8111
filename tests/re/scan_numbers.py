# Extracting numbers, units and dates from free text.
import re

text = "Temp rose from -3.5C to 12C; 1,234 people; pi~3.14159; 1e3 and .5 too; due 2024-03-01 or 03/15/2024."
NUM = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?")
print([m.group() for m in NUM.finditer(text) if m.group()])
print(re.findall(r"(-?\d+(?:\.\d+)?)C\b", text))
for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)|(?P<m2>\d\d)/(?P<d2>\d\d)/(?P<y2>\d{4})", text):
    d = m.groupdict()
    print(m.span(), d["y"] or d["y2"], d["m"] or d["m2"], d["d"] or d["d2"], m.lastgroup, m.lastindex)
units = {"k": 1000, "M": 1000000}
print(re.sub(r"(\d+)([kM])\b", lambda m: str(int(m.group(1)) * units[m.group(2)]), "5k users, 2M rows, 3kg"))
print(sum(int(x) for x in re.findall(r"\d+", "a12b3c45")))
print(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "x 1234567 and 1000 and 12"))
