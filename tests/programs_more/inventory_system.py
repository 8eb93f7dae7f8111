class OutOfStock(Exception):
    pass


class Product:
    __slots__ = ("name", "price", "_qty")

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self._qty = qty

    @property
    def qty(self):
        return self._qty

    def take(self, n):
        if n > self._qty:
            raise OutOfStock(f"only {self._qty} {self.name} left")
        self._qty -= n

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, qty={self._qty})"


class DiscountProduct(Product):
    __slots__ = ("discount",)

    def __init__(self, *args, discount=0.1, **kw):
        super().__init__(*args, **kw)
        self.discount = discount

    @property
    def price_now(self):
        return round(self.price * (1 - self.discount), 2)


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, product):
        self._items[product.name] = product
        return self

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no product {name!r}") from None

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.price))

    def __len__(self):
        return len(self._items)

    def total_value(self):
        return sum(p.price * p.qty for p in self)


inv = Inventory().add(Product("pen", 1.5, 10)).add(DiscountProduct("book", 12.0, 3, discount=0.25))
inv.add(Product("ink", 4.25))
print(len(inv), "pen" in inv, "cup" in inv, list(inv))
print(inv.total_value(), inv["book"].price_now, f"{inv.total_value():.2f}")
for name, n in [("pen", 3), ("ink", 1), ("cup", 1), ("book", 3)]:
    try:
        inv[name].take(n)
        print("took", n, name)
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("KeyError:", e)
print([p.qty for p in inv])
b = inv["book"]
try:
    b.color = "red"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.qty = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(DiscountProduct.__slots__, Product.__slots__, hasattr(b, "__dict__"))
print(sorted(inv, key=lambda p: p.name)[0], max(inv, key=lambda p: p.price).name)
report = "\n".join(f"{p.name:<6}|{p.price:>7.2f}|{p.qty:^5}|" for p in inv)
print(report)
inv["zzz"]
