"""Abstract base classes (garter's own implementation).

ABCMeta records each class's abstract methods (instantiation refuses a
class that still has some), keeps a registry of virtual subclasses and
answers isinstance/issubclass through __subclasshook__, the registry and
real subclasses, with caches invalidated whenever anything is registered.
"""

from _garter_abc import set_abstract_methods as _set_abstract_methods


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated form)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated form)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated form)."""

    __isabstractmethod__ = True


# Bumped by every register(): negative caches older than it are stale.
_registrations = 0


class _AbcState:
    """Per-class bookkeeping of an abstract base class."""

    __slots__ = ("abstracts", "registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.abstracts = frozenset()
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _registrations


def _compute_abstracts(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of an ABC after it was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_impl = _AbcState()
        cls.__abstractmethods__ = _compute_abstracts(cls)
        return cls

    @property
    def __abstractmethods__(cls):
        # Only the class's own abstract methods: a subclass still being
        # created (in __init_subclass__) has none yet, as in CPython.
        state = cls.__dict__.get("_abc_impl")
        if state is None:
            raise AttributeError("__abstractmethods__")
        return state.abstracts

    @__abstractmethods__.setter
    def __abstractmethods__(cls, names):
        names = frozenset(names)
        cls.__dict__["_abc_impl"].abstracts = names
        _set_abstract_methods(cls, names)

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _registrations and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _registrations:
            state.negative_cache = set()
            state.negative_version = _registrations
        elif subclass in state.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                state.cache.add(subclass)
            else:
                state.negative_cache.add(subclass)
            return answer
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in list(state.registry):
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for real in cls.__subclasses__():
            if issubclass(subclass, real):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {_registrations}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


# A metaclass must not give its classes an instance `__dict__` descriptor
# (that would hide type's own `__dict__`); drop one if it was added.
if "__dict__" in ABCMeta.__dict__:
    del ABCMeta.__dict__


def get_cache_token():
    """A token that changes whenever any ABC gets a new virtual subclass."""
    return _registrations


class ABC(metaclass=ABCMeta):
    """Base class for abstract base classes defined by inheritance."""

    __slots__ = ()
