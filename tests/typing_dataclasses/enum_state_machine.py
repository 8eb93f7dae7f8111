# A realistic program: an order workflow with enums, dataclasses and typing.
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto, unique
from typing import Dict, List, Optional, Tuple


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def is_final(self) -> bool:
        return self in (State.DELIVERED, State.CANCELLED)


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Event(Enum):
    PAY = "pay"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"


TRANSITIONS: Dict[Tuple[State, Event], State] = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.CANCELLED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
}


class TransitionError(Exception):
    pass


@dataclass(order=True)
class Order:
    priority: Priority
    ident: int
    state: State = field(default=State.NEW, compare=False)
    history: List[State] = field(default_factory=list, compare=False, repr=False)

    def apply(self, event: Event) -> None:
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise TransitionError(f"cannot {event.value} an order that is {self.state.name.lower()}")
        self.history.append(self.state)
        self.state = TRANSITIONS[key]


def describe(order: Optional[Order]) -> str:
    if order is None:
        return "no order"
    s = order.state
    if s in (State.NEW, State.PAID):
        return f"order {order.ident} is being prepared"
    if s is State.SHIPPED:
        return f"order {order.ident} is on its way"
    if s.is_final:
        return f"order {order.ident} is done ({s.name})"
    return "?"


orders = [Order(Priority.LOW, 1), Order(Priority.HIGH, 2), Order(Priority.NORMAL, 3)]
script = {1: ["pay", "ship", "deliver"], 2: ["cancel", "pay"], 3: ["pay", "ship"]}
for order in sorted(orders, reverse=True):
    for name in script[order.ident]:
        try:
            order.apply(Event(name))
        except TransitionError as e:
            print("error:", e)
    print(order, "<-", [s.name for s in order.history])
    print("  ", describe(order))
print(describe(None))
print([p.name for p in Priority], Priority.HIGH > Priority.LOW, max(orders).ident)
print({s.name: s.is_final for s in State})
try:
    Event("fly")
except ValueError as e:
    print(type(e).__name__, e)
print(State["PAID"], State(2), Priority(3), repr(Priority.NORMAL), f"{Priority.NORMAL}")
