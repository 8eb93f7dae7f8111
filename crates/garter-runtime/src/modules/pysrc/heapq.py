"""Heap queue algorithms (garter's own implementation): a min-heap kept in
a plain list, heap[k] <= heap[2*k+1] and heap[2*k+2]. Items are compared
only with `<`, and moved as CPython moves them, so heaps print alike."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _require_list(name, heap, word="argument 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {word} must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, start, pos):
    """Moves heap[pos] up toward `start` until its parent is not larger."""
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Moves the smaller child up until heap[pos]'s item reaches a leaf,
    then lets the item rise to its place (fewer comparisons than a plain
    sift down)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item, *rest):
    """Pushes item onto heap, keeping the heap invariant."""
    if rest:
        raise TypeError(f"heappush expected 2 arguments, got {2 + len(rest)}")
    _require_list("heappush", heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item off heap, keeping the heap invariant."""
    _require_list("heappop", heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item and pushes item (the heap must not be empty)."""
    _require_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops and returns the smallest item."""
    _require_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Turns list x into a heap, in place, in linear time."""
    _require_list("heapify", x, "argument")
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator; equal items come in
    the order of their inputs."""
    heads = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heads.append([value if key is None else key(value), order, value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                if heads[best][0] < heads[i][0]:
                    best = i
            elif heads[i][0] < heads[best][0]:
                best = i
        head = heads[best]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), smallest first."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), largest first."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
