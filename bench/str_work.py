# String work: split/join, format, replace, find and case conversions.
lines = []
for i in range(400000):
    lines.append("item-%d,%s,%.2f" % (i, "abcdefghij"[i % 10] * (i % 5 + 1), i / 7))
text = "\n".join(lines)
total_len = 0
upper_count = 0
for line in text.split("\n"):
    name, letters, value = line.split(",")
    total_len += len(name) + len(letters)
    if letters.upper().startswith("C"):
        upper_count += 1
replaced = text.replace("item", "ITEM").replace(",", ";")
found = 0
pos = replaced.find("ITEM-1")
while pos != -1:
    found += 1
    pos = replaced.find("ITEM-1", pos + 1)
formatted = "".join("{:>8}|{:<5}|{:08.3f}".format(i, str(i)[::-1], i / 3) for i in range(100000))
words = " ".join(str(i) for i in range(60000)).split()
print("str_work", total_len, upper_count, found, len(formatted), len(replaced), words[-1], formatted[-22:])
