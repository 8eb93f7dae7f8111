# Parsing a small CSV file as bytes and summing numeric columns.
raw = b"""id,name,qty,price\r
1,widget,4,2.50\r
2,gadget,10,0.99\r
3,doohickey,,5.00\r
4,"quoted, name",1,1e1\r
5,bad,x,1\r
"""

header, *rows = raw.rstrip(b"\r\n").split(b"\r\n")
cols = header.split(b",")
print(cols)
total = 0.0
for row in rows:
    if b'"' in row:
        before, _, rest = row.partition(b'"')
        quoted, _, after = rest.partition(b'"')
        fields = before.rstrip(b",").split(b",") + [quoted] + after.lstrip(b",").split(b",")
    else:
        fields = row.split(b",")
    rec = dict(zip(cols, fields))
    try:
        qty = int(rec[b"qty"])
        price = float(rec[b"price"])
    except ValueError as e:
        print("skip", rec[b"id"], type(e).__name__, e)
        continue
    total += qty * price
    print(rec[b"id"].decode(), rec[b"name"].decode(), qty, price)
print("%.2f" % total)
print(raw.count(b"\r\n"), raw.splitlines()[-1], raw.endswith(b"\r\n"))
print(b"a,b".split(b",", maxsplit=0), b",a,".split(b","), b"1 2  3".split(b" "))
print(b"x\ty\nz".split(), b"k: v".split(b": ", 1), b"a;b;c".rsplit(b";", maxsplit=1))
print(bytearray(b"p,q").split(b","), [type(p).__name__ for p in bytearray(b"p,q").split(b",")])
