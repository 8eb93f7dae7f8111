import collections
import collections.abc
print([n for n in sorted(dir(collections)) if not n.startswith("_")])
print([n for n in sorted(dir(collections.abc)) if not n.startswith("_")])
print(sorted(collections.__all__))
print(sorted(collections.abc.__all__))
