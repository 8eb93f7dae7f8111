# A small tokenizer in the style of the re documentation's example.
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKENS))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}

def tokenize(code):
    line = 1
    start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            print("unexpected", repr(value), "on line", line)
            continue
        yield kind, value, line, column

program = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;
x := 3 $ 4;"""
for tok in tokenize(program):
    print(tok)
print(MASTER.groups, MASTER.groupindex["OP"])
m = MASTER.match("abc")
print(m.lastindex, m.lastgroup, m.groups()[:5])
