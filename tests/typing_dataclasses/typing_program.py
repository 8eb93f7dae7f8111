# A realistic typed program: a generic repository, an event bus with Callable
# handlers, a Protocol for serialisation, and TypeVar bounds.
from dataclasses import dataclass, field
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, Optional,
                    Protocol, Tuple, TypeVar, runtime_checkable)


@runtime_checkable
class Serializable(Protocol):
    def to_dict(self) -> Dict[str, Any]:
        ...


@dataclass
class Entity:
    id: int

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id}


@dataclass
class User(Entity):
    name: str = ""
    email: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {**super().to_dict(), "name": self.name, "email": self.email}


@dataclass
class Product(Entity):
    title: str = ""
    price: float = 0.0
    kind: ClassVar[str] = "product"


E = TypeVar("E", bound=Entity)


class Repository(Generic[E]):
    def __init__(self) -> None:
        self._items: Dict[int, E] = {}

    def add(self, item: E) -> E:
        if item.id in self._items:
            raise KeyError(f"duplicate id {item.id}")
        self._items[item.id] = item
        return item

    def get(self, id: int) -> Optional[E]:
        return self._items.get(id)

    def find(self, predicate: Callable[[E], bool]) -> List[E]:
        return [item for item in self._items.values() if predicate(item)]

    def __iter__(self) -> Iterator[E]:
        return iter(sorted(self._items.values(), key=lambda e: e.id))

    def __len__(self) -> int:
        return len(self._items)


Handler = Callable[[str, Any], None]


@dataclass
class EventBus:
    handlers: Dict[str, List[Handler]] = field(default_factory=dict)
    log: List[Tuple[str, Any]] = field(default_factory=list)

    def subscribe(self, event: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.handlers.setdefault(event, []).append(handler)
            return handler
        return register

    def publish(self, event: str, payload: Any = None) -> int:
        self.log.append((event, payload))
        for handler in self.handlers.get(event, []):
            handler(event, payload)
        return len(self.handlers.get(event, []))


bus = EventBus()
users: Repository[User] = Repository()
products = Repository[Product]()


@bus.subscribe("user.created")
def welcome(event: str, user: User) -> None:
    print(f"[{event}] welcome {user.name}")


@bus.subscribe("user.created")
def audit(event: str, user: User) -> None:
    print(f"[{event}] audit {user.to_dict()}")


for uid, name in [(2, "bea"), (1, "al")]:
    bus.publish("user.created", users.add(User(uid, name, f"{name}@example.com")))
products.add(Product(10, "pen", 1.5))
products.add(Product(11, "book", 12.0))
try:
    users.add(User(1, "dup"))
except KeyError as e:
    print("error:", e)

print([u.name for u in users], len(products), users.get(3), users.get(2))
print([p.title for p in products.find(lambda p: p.price > 5)], Product.kind)
print(all(isinstance(x, Serializable) for x in [*users, *products]), isinstance("x", Serializable))
print(bus.publish("nobody.listens"), len(bus.log), Repository.__parameters__)
print(Repository[User], E, E.__bound__, welcome.__annotations__)


def total_price(items: List[Product], discount: float = 0.0) -> float:
    return round(sum(p.price for p in items) * (1 - discount), 2)


print(total_price(list(products), 0.1), total_price.__annotations__)
