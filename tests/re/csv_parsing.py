# Parse quoted CSV-like records and key=value config with re.
import re

FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)')

def parse_record(line):
    out = []
    pos = 0
    while pos <= len(line):
        m = FIELD.match(line, pos)
        if not m or m.end() == pos and pos == len(line) and out:
            break
        quoted, plain = m.groups()
        out.append(quoted.replace('""', '"') if quoted is not None else plain.strip())
        if m.end() == pos:
            break
        pos = m.end()
    return out

for line in ['a,b,c', '"x, y",2,"say ""hi"""', ' 1 , 2 ,3', 'only']:
    print(parse_record(line))

CONFIG = """
# comment line
name = garter
version=0.1   ; trailing comment
[section]
  path = /usr/local/bin
empty =
"""
section = None
for raw in CONFIG.splitlines():
    line = re.sub(r"\s*[;#].*$", "", raw).strip()
    if not line:
        continue
    m = re.fullmatch(r"\[(?P<name>[^\]]+)\]", line)
    if m:
        section = m["name"]
        continue
    key, _, value = re.split(r"\s*(=)\s*", line, maxsplit=1)
    print(section, repr(key), repr(value))
print(re.split(r"\s*;\s*", "a ; b;c ;; d"))
