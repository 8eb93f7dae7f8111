"""The garbage collector interface (Garter's gc).

Garter frees values by reference counting alone and has no cycle
collector yet, so collect() finds nothing and the switches only record
whether collection is "enabled".
"""

__all__ = ["collect", "enable", "disable", "isenabled", "get_count",
           "get_threshold", "set_threshold", "garbage", "callbacks"]

garbage = []
callbacks = []
_state = {"enabled": True, "threshold": (700, 10, 10)}


def collect(generation=2):
    """Run a collection; Garter's reference counting leaves nothing to find."""
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    """Enable automatic garbage collection."""
    _state["enabled"] = True


def disable():
    """Disable automatic garbage collection."""
    _state["enabled"] = False


def isenabled():
    """Whether automatic collection is enabled."""
    return _state["enabled"]


def get_count():
    """The current collection counts."""
    return (0, 0, 0)


def get_threshold():
    """The current collection thresholds."""
    return _state["threshold"]


def set_threshold(threshold0, threshold1=None, threshold2=None):
    """Set the collection thresholds."""
    old = _state["threshold"]
    _state["threshold"] = (threshold0,
                           old[1] if threshold1 is None else threshold1,
                           old[2] if threshold2 is None else threshold2)
