from collections import defaultdict
from functools import wraps


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for handler in self._handlers.get(event, []):
            try:
                results.append(handler(*args, **kwargs))
            except Exception as exc:
                results.append(f"{handler.__name__} failed: {type(exc).__name__}: {exc}")
        return results


bus = EventBus()


@bus.on("greet")
def hello(name):
    return f"hello {name}"


@bus.on("greet")
def shout(name):
    return name.upper() + "!"


@bus.on("greet")
def broken(name):
    return name + 1


print(bus.emit("greet", "ann"))
print(bus.emit("nothing"), dict(bus._handlers).keys())


def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt)
                except ValueError as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco


@retry(3)
def flaky(target, attempt):
    if attempt < target:
        raise ValueError(f"not yet ({attempt}/{target})")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)


class State:
    transitions = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"},
                   "paused": {"resume": "running", "stop": "idle"}}

    def __init__(self):
        self.state = "idle"
        self.history = [self.state]

    def __getattr__(self, action):
        table = State.transitions[self.state]
        if action not in table:
            raise AttributeError(f"cannot {action} while {self.state}")

        def do():
            self.state = table[action]
            self.history.append(self.state)
            return self
        return do


s = State()
s.start().pause().resume().stop()
print(s.history)
try:
    s.pause()
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(s, "start")().state, hasattr(s, "fly"))
