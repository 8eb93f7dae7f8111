# A lazily built module-level singleton behind an accessor, with reset for
# tests, and a thread-safe variant used from several threads.
import threading

_connection = None
builds = 0


def get_connection():
    global _connection, builds
    if _connection is None:
        builds += 1
        _connection = {"id": builds}
    return _connection


def reset():
    global _connection
    _connection = None


a = get_connection()
b = get_connection()
print(a is b, a, builds)
reset()
c = get_connection()
print(c is a, c, builds)

_lock = threading.Lock()
_shared = None
shared_builds = 0


def get_shared():
    global _shared, shared_builds
    if _shared is None:
        with _lock:
            if _shared is None:
                shared_builds += 1
                _shared = object()
    return _shared


got = []
threads = [threading.Thread(target=lambda: got.append(get_shared())) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared_builds, len({id(g) for g in got}))
