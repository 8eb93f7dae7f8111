# a small inventory report using functools, itertools, operator and copy
import copy
import functools
import itertools
import operator
from collections import namedtuple

Item = namedtuple("Item", "sku name category price qty")
stock = [
    Item("A1", "bolt", "hardware", 0.25, 1000),
    Item("B7", "hammer", "tools", 12.5, 14),
    Item("A2", "nut", "hardware", 0.1, 2500),
    Item("C3", "glue", "supplies", 3.75, 40),
    Item("B2", "saw", "tools", 22.0, 5),
    Item("C9", "tape", "supplies", 1.5, 0),
]

by_category = operator.attrgetter("category")
for category, items in itertools.groupby(sorted(stock, key=by_category), key=by_category):
    items = list(items)
    value = functools.reduce(operator.add, (i.price * i.qty for i in items), 0.0)
    print(f"{category:<10} {len(items)} items  value={value:9.2f}")

in_stock = list(itertools.filterfalse(lambda i: i.qty == 0, stock))
print([i.sku for i in in_stock])
cheapest, *_, priciest = sorted(stock, key=operator.attrgetter("price"))
print(cheapest.name, priciest.name)
print(list(itertools.accumulate(i.qty for i in stock)))
print(sum(itertools.starmap(operator.mul, ((i.price, i.qty) for i in stock))))

pairs = list(itertools.combinations([i.sku for i in stock if i.category == "tools"], 2))
print(pairs)
print(list(itertools.islice(zip(itertools.cycle("XY"), itertools.count(1)), 4)))


@functools.lru_cache(maxsize=None)
def discount(category):
    print("looking up", category)
    return {"tools": 0.1, "hardware": 0.05}.get(category, 0.0)


for item in stock:
    print(item.sku, round(item.price * (1 - discount(item.category)), 3))
print(discount.cache_info())

snapshot = copy.deepcopy({"stock": [dict(i._asdict()) for i in stock]})
snapshot["stock"][0]["qty"] = 0
print(stock[0].qty, snapshot["stock"][0]["qty"])
by_price_desc = sorted(stock, key=functools.cmp_to_key(lambda a, b: (b.price > a.price) - (b.price < a.price)))
print([i.name for i in by_price_desc])
restock = functools.partial(Item._replace, qty=100)
print(restock(stock[5]))
