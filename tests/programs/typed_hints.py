from collections.abc import Iterator, Iterable


class Item:
    name: str
    price: float
    tags: list[str]

    def __init__(self, name: str, price: float, tags: list[str] | None = None) -> None:
        self.name = name
        self.price = price
        self.tags = tags or []

    def __repr__(self) -> str:
        return f"Item({self.name!r}, {self.price})"


def parse_price(text: str) -> float | None:
    try:
        return float(text.strip().lstrip("$"))
    except ValueError:
        return None


def find(items: Iterable[Item], name: str) -> Item | None:
    for item in items:
        if item.name == name:
            return item
    return None


def by_tag(items: list[Item]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        for tag in item.tags:
            out.setdefault(tag, []).append(item.name)
    return out


def cheapest(items: list[Item], n: int = 2) -> Iterator[Item]:
    yield from sorted(items, key=lambda i: i.price)[:n]


def describe(value: int | float | str | None) -> str:
    if isinstance(value, int | float):
        return f"number {value}"
    if isinstance(value, str):
        return f"text {value!r}"
    return "nothing"


raw = [("tea", "$3.50", ["drink", "hot"]), ("cake", "4", ["food"]), ("soup", "n/a", ["food", "hot"]), ("juice", "2.25", ["drink"])]
items: list[Item] = []
for name, price_text, tags in raw:
    price = parse_price(price_text)
    if price is None:
        print(f"skipping {name}: bad price {price_text!r}")
        continue
    items.append(Item(name, price, tags))
print(items)
print(find(items, "cake"), find(items, "soup"))
print(by_tag(items))
print(list(cheapest(items)), [i.name for i in cheapest(items, n=10)])
print([describe(v) for v in (3, 2.5, "x", None)])
print(parse_price.__annotations__)
print(Item.__annotations__)
print(describe.__annotations__["value"], find.__annotations__["return"])
Price = float | int
print(Price, isinstance(7, Price), issubclass(bool, Price), Price == (int | float))
print(__annotations__)
