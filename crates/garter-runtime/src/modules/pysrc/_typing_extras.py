"""The parts of typing built on its core (garter's own implementation):
the Supports* protocols, context-manager aliases, NamedTuple and TypedDict
class syntax, NewType, the IO classes, and the helpers (cast, overload,
final, get_origin, get_args, get_type_hints). `typing` imports them from
here and re-exports them, so they show as members of `typing`.
"""

import collections as _collections
import collections.abc as _abc
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

from typing import (
    Annotated, AnyStr, ForwardRef, Generic, Protocol, Union, _AnnotatedAlias,
    _BaseGenericAlias, _CallableGenericAlias, _GenericAlias, _LiteralGenericAlias, _NoneType,
    _SpecialForm, _UnionGenericAlias, _alias, _short_repr, _type_check, runtime_checkable,
)


class _AbstractContextManager(metaclass=_ABCMeta):
    """What `with` needs: __enter__ and __exit__."""

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AbstractContextManager:
            return _abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class _AbstractAsyncContextManager(metaclass=_ABCMeta):
    """What `async with` needs: __aenter__ and __aexit__."""

    @_abstractmethod
    def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AbstractAsyncContextManager:
            return _abc._check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


ContextManager = _alias(_AbstractContextManager, 1, "ContextManager")
AsyncContextManager = _alias(_AbstractAsyncContextManager, 1, "AsyncContextManager")


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits=0):
        pass


def cast(typ, val):
    """Returns val unchanged; tells a type checker it has type typ."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {_short_repr(arg)}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; the last definition wins."""
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for func: garter does not record them."""
    return []


def clear_overloads():
    pass


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def final(f):
    """Marks a method or class as final."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


class NewType:
    """A distinct name for a type: UserId = NewType('UserId', int)."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class _RejectSubclass:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {supertype_name})`")

        return (_RejectSubclass,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted form of a hint: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias,)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__origin__ if type(tp).__name__ == "GenericAlias" else type(tp)
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted hint: get_args(Dict[str, int])."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns, depth=0):
    """A hint with its strings (also those nested in subscripts) evaluated."""
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        value = eval(value.__forward_arg__, globalns, localns)
        if isinstance(value, str) or value is None:
            return _eval_hint(value, globalns, localns, depth + 1)
    if (isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias)
            and depth < 100):
        args = tuple(_eval_hint(a, globalns, localns, depth + 1) if a is not ... else a
                     for a in value.__args__)
        if args != value.__args__:
            value = value.copy_with(args)
    return value


def _strip_annotations(hint):
    if isinstance(hint, _AnnotatedAlias):
        return _strip_annotations(hint.__origin__)
    if isinstance(hint, _GenericAlias) and not isinstance(hint, _LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in hint.__args__)
        if args != hint.__args__:
            return hint.copy_with(args)
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function with strings evaluated."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        if not include_extras:
            hints = {k: _strip_annotations(v) for k, v in hints.items()}
        return hints
    if globalns is None:
        if hasattr(obj, "__globals__"):
            globalns = obj.__globals__
        else:
            globalns = getattr(obj, "__dict__", {})
    ann = getattr(obj, "__annotations__", None) or {}
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    if not include_extras:
        hints = {k: _strip_annotations(v) for k, v in hints.items()}
    return hints


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults", "_make", "_replace", "_asdict",
                         "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__classcell__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        nm_tpl.__qualname__ = ns.get("__qualname__", typename)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module="__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {"__module__": "typing"})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key in own:
            if total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict)."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {"__module__": "typing"})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def Required(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, f"{self} accepts only a single type."),))


Required = _SpecialForm(Required)


def NotRequired(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, f"{self} accepts only a single type."),))


NotRequired = _SpecialForm(NotRequired)


class IO(Generic[AnyStr]):
    """Generic base class of I/O streams, for annotations."""

    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


for _public in (
    ContextManager,
    AsyncContextManager,
    SupportsInt,
    SupportsFloat,
    SupportsIndex,
    SupportsComplex,
    SupportsBytes,
    SupportsAbs,
    SupportsRound,
    cast,
    assert_type,
    reveal_type,
    assert_never,
    overload,
    get_overloads,
    clear_overloads,
    is_typeddict,
    final,
    no_type_check,
    no_type_check_decorator,
    dataclass_transform,
    NewType,
    get_origin,
    get_args,
    get_type_hints,
    NamedTupleMeta,
    NamedTuple,
    TypedDict,
    IO,
    TextIO,
    BinaryIO,
):
    try:
        _public.__module__ = "typing"
    except (AttributeError, TypeError):
        pass
