import collections
import collections.abc
from collections import abc
print(abc is collections.abc, collections.abc.Mapping.__name__, collections.abc.Mapping.__module__)
print(collections.deque.__name__, collections.OrderedDict.__name__, collections.Counter.__name__)
print(issubclass(collections.OrderedDict, dict), issubclass(collections.Counter, dict), issubclass(collections.defaultdict, dict))
print(isinstance(collections.OrderedDict(), collections.abc.MutableMapping))
print(isinstance(collections.deque(), collections.abc.Sequence), isinstance(collections.deque(), collections.abc.Iterable))
import abc as abc_module
print(abc_module.ABCMeta.__name__, type(collections.abc.Sized).__name__)
