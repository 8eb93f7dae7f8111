class TransitionError(Exception):
    pass


class TrafficLight:
    TRANSITIONS = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "fault"): "blinking",
        ("green", "fault"): "blinking",
        ("yellow", "fault"): "blinking",
        ("blinking", "repair"): "red",
    }
    DURATION = {"red": 30, "green": 25, "yellow": 5, "blinking": 0}

    def __init__(self):
        self.state = "red"
        self.elapsed = 0
        self.history = [self.state]
        self.listeners = []

    def on_change(self, callback):
        self.listeners.append(callback)
        return callback

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise TransitionError(f"no transition from {self.state!r} on {event!r}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.history.append(self.state)
        for cb in self.listeners:
            cb(old, self.state)

    def tick(self, seconds):
        self.elapsed += seconds
        while self.DURATION[self.state] and self.elapsed >= self.DURATION[self.state]:
            self.elapsed -= self.DURATION[self.state]
            self.fire("timer")


light = TrafficLight()
changes = []


@light.on_change
def record(old, new):
    changes.append(f"{old}->{new}")


light.tick(10)
light.tick(25)
light.tick(40)
print(light.state, light.elapsed, changes)
light.fire("fault")
light.tick(1000)
print(light.state, light.elapsed)
for event in ["timer", "repair", "repair"]:
    try:
        light.fire(event)
        print("ok", event, "->", light.state)
    except TransitionError as e:
        print("error:", e)
print(" > ".join(light.history))
print(len(changes), changes[-2:])


def vending():
    """Generator-based state machine: send coins, get items."""
    credit = 0
    message = "insert coins"
    while True:
        action = yield message
        kind, _, arg = action.partition(":")
        if kind == "coin":
            value = int(arg)
            if value not in (5, 10, 25):
                message = f"rejected {value}"
                continue
            credit += value
            message = f"credit {credit}"
        elif kind == "buy":
            price = {"gum": 15, "chips": 35}.get(arg)
            if price is None:
                message = f"unknown item {arg}"
            elif credit < price:
                message = f"need {price - credit} more"
            else:
                credit -= price
                message = f"dispensed {arg}, change {credit}"
                credit = 0
        elif kind == "refund":
            message, credit = f"refunded {credit}", 0
        else:
            message = "?"


machine = vending()
print(next(machine))
for act in ["coin:10", "coin:3", "buy:gum", "coin:5", "buy:gum", "coin:25", "coin:25", "buy:tea", "buy:chips", "refund", "dance"]:
    print(f"{act:>10} | {machine.send(act)}")
