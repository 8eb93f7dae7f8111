from collections import defaultdict, Counter

RAW = """\
sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,140,0.35
B201,Banana,food,75,0.25
C300,Notebook,office,33,3.10
C301,Pen,office,250,0.99
A102,Hammer,tools,7,15.75
B202,Cherry,food,0,6.00
"""


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        fields = dict(zip(header, line.split(",")))
        fields["qty"] = int(fields["qty"])
        fields["price"] = float(fields["price"])
        rows.append(fields)
    return rows


items = parse(RAW)
by_cat = defaultdict(list)
for it in items:
    by_cat[it["category"]].append(it)

print(f"{'SKU':<6}{'Name':<10}{'Qty':>5}{'Price':>8}{'Value':>10}")
print("-" * 39)
for cat in sorted(by_cat):
    print(f"[{cat.upper()}]")
    for it in sorted(by_cat[cat], key=lambda r: (-r["qty"] * r["price"], r["name"])):
        value = it["qty"] * it["price"]
        flag = " *" if it["qty"] == 0 else ""
        print(f"{it['sku']:<6}{it['name']:<10}{it['qty']:>5}{it['price']:>8.2f}{value:>10.2f}{flag}")
    subtotal = sum(r["qty"] * r["price"] for r in by_cat[cat])
    print(f"{'subtotal':>29}{subtotal:>10.2f}")

total = sum(r["qty"] * r["price"] for r in items)
print("=" * 39)
print(f"{'TOTAL':>29}{total:>10.2f}")
out_of_stock = [r["name"] for r in items if not r["qty"]]
print("Out of stock:", ", ".join(out_of_stock))
counts = Counter(r["category"] for r in items)
print(counts.most_common())
print(dict(counts))
cheapest = min(items, key=lambda r: r["price"])
dearest = max(items, key=lambda r: r["price"])
print(f"cheapest={cheapest['name']} ({cheapest['price']:.2f}), dearest={dearest['name']} ({dearest['price']:.2f})")
avg = {cat: round(sum(r["price"] for r in rs) / len(rs), 3) for cat, rs in by_cat.items()}
print(avg)
restock = {r["sku"]: max(0, 50 - r["qty"]) for r in items if r["qty"] < 50}
print(sorted(restock.items(), key=lambda kv: kv[1], reverse=True))
print(f"{total:,.1f} {total:e} {total:%} {int(total):#x} {int(total):08b}")
print(f"{'|':^9}|{'centre':^10}|{42:+d}|{-3.5:=+9.2f}|")
