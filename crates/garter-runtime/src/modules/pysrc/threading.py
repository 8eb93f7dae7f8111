"""Thread objects and synchronisation primitives, on Garter's scheduler.

Python threads are green threads the evaluator switches between (see
`_thread`): at regular check points and whenever one blocks. `Lock` is
the native `_thread` lock; everything else is built on it here.
"""

import _thread

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = RuntimeError

__all__ = [
    "get_ident", "get_native_id", "active_count", "Condition", "current_thread", "enumerate",
    "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
    "ThreadError", "excepthook", "ExceptHookArgs", "local",
]

# Threads that were started and have not finished, by ident.
_active = {}
_name_counter = 0


def _new_thread_name(suffix=""):
    global _name_counter
    _name_counter += 1
    return f"Thread-{_name_counter}{suffix}"


class RLock:
    """A lock the thread holding it may acquire again."""

    __module__ = "_thread"

    def __init__(self):
        self._block = _thread.allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return (f"<{state} {type(self).__module__}.{type(self).__qualname__} object "
                f"owner={self._owner or 0} count={self._count} at {hex(id(self))}>")

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return saved

    def _acquire_restore(self, saved):
        self._block.acquire()
        self._count, self._owner = saved


class Condition:
    """Waiting for a state change another thread announces."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _is_owned(self):
        owned = getattr(self._lock, "_is_owned", None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        save = getattr(self._lock, "_release_save", None)
        if save is not None:
            return save()
        self._lock.release()
        return None

    def _acquire_restore(self, saved):
        restore = getattr(self._lock, "_acquire_restore", None)
        if restore is not None:
            restore(saved)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _thread._monotonic() + remaining
                else:
                    remaining = deadline - _thread._monotonic()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter of free places; acquire blocks while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _thread._monotonic() + timeout
                    else:
                        timeout = deadline - _thread._monotonic()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        state = "set" if self._flag else "unset"
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: {state}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes a fixed number of threads wait for each other."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            generation = self._generation
            self._count += 1
            if self._count == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
                return index
            done = self._cond.wait_for(
                lambda: self._generation != generation or self._broken, timeout)
            if self._broken or not done:
                self._break()
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._broken = False
            self._count = 0
            self._generation += 1
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if not self._broken else 0

    @property
    def broken(self):
        return self._broken


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Prints an exception that ended a thread, as CPython does."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _thread._print_thread_exception(f"Exception in thread {name}:", args.exc_value)


class Thread:
    """A thread of control, running `run()` (by default: `target`)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            suffix = ""
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name is not None:
                    suffix = f" ({target_name})"
            name = _new_thread_name(suffix)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = bool(daemon)
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False
        self._done = _thread.allocate_lock()
        self._initialized = True

    def _check_init(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

    def __repr__(self):
        self._check_init()
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        self._check_init()
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done.acquire()
        _thread.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            self._done.release()

    def join(self, timeout=None):
        self._check_init()
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    def is_alive(self):
        self._check_init()
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        self._check_init()
        return self._name

    @name.setter
    def name(self, name):
        self._check_init()
        self._name = str(name)

    @property
    def ident(self):
        self._check_init()
        return self._ident

    @property
    def native_id(self):
        self._check_init()
        return self._ident

    @property
    def daemon(self):
        self._check_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._check_init()
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._started.set()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_new_thread_name(), daemon=True)
        self._ident = get_ident()
        self._started.set()


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def _shutdown():
    """Waits for the threads that are not daemons (end of the program)."""
    while True:
        waiting = [t for t in _active.values() if not t.daemon and t is not _main_thread]
        if not waiting:
            break
        for thread in waiting:
            thread.join()
    _main_thread._is_stopped = True


class local:
    """Attributes seen only by the thread that set them."""

    __slots__ = ("_local__impl", "__dict__")

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        dicts = {}
        object.__setattr__(self, "_local__impl", (args, kw, dicts))
        dicts[get_ident()] = object.__getattribute__(self, "__dict__")
        return self

    def __getattribute__(self, name):
        return _thread._local_getattr(self, _local_dict(self), name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(
                f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        _thread._local_setattr(self, _local_dict(self), name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(
                f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        _thread._local_setattr(self, _local_dict(self), name)


def _local_dict(obj):
    args, kw, dicts = object.__getattribute__(obj, "_local__impl")
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = {}
        dicts[me] = d
        init = type(obj).__init__
        if init is not object.__init__:
            _thread._local_setattr(obj, d, None)
            init(obj, *args, **kw)
    return d
