# A realistic program: an inventory with dataclasses, enums of status and typing.
from dataclasses import dataclass, field, asdict, replace
from typing import Dict, List, Optional


@dataclass(frozen=True, order=True)
class Sku:
    code: str

    def __str__(self) -> str:
        return self.code.upper()


@dataclass
class Item:
    sku: Sku
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return round(self.price * self.quantity, 2)


@dataclass
class Inventory:
    items: Dict[Sku, Item] = field(default_factory=dict)
    log: List[str] = field(default_factory=list, repr=False)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            existing = self.items[item.sku]
            self.items[item.sku] = replace(existing, quantity=existing.quantity + item.quantity)
            self.log.append(f"restock {item.sku}")
        else:
            self.items[item.sku] = item
            self.log.append(f"new {item.sku}")

    def find(self, name: str) -> Optional[Item]:
        for item in self.items.values():
            if item.name == name:
                return item
        return None

    def total(self) -> float:
        return round(sum(i.value for i in self.items.values()), 2)


inv = Inventory()
inv.add(Item(Sku("a1"), "widget", 2.5, 4, ["small"]))
inv.add(Item(Sku("b2"), "gadget", 10.0, 1))
inv.add(Item(Sku("a1"), "widget", 2.5, 6))
print(inv)
print(inv.log)
print(inv.find("widget"), inv.find("nothing"))
print(inv.total())
print(sorted(inv.items), Sku("a") < Sku("b"), hash(Sku("x")) == hash(Sku("x")))
print(asdict(inv.items[Sku("a1")]))
for sku, item in sorted(inv.items.items()):
    print(f"{sku}: {item.name:<8} x{item.quantity:>3} = {item.value:8.2f}")
