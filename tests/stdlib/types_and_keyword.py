# types: SimpleNamespace, the names of builtin types, MethodType, new_class;
# keyword: kwlist and iskeyword.
import keyword
import types

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1, 2]
print(ns, ns.a, vars(ns))
print(ns == types.SimpleNamespace(a=1, b="x", c=[1, 2]), ns != types.SimpleNamespace())
print(types.SimpleNamespace(z=2), types.SimpleNamespace())
try:
    types.SimpleNamespace({"k": 1})
except TypeError as e:
    print(type(e).__name__, e)
del ns.b
print(ns, hasattr(ns, "b"))
ns.me = ns
print(ns)


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), types.SimpleNamespace))


def func():
    pass


class K:
    def method(self):
        return "bound"


print(isinstance(func, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(K().method, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((i for i in ()), types.GeneratorType), isinstance(types, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.MappingProxyType)
print(types.FunctionType.__name__, types.CodeType.__name__, types.CellType.__name__)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), K())
print(bound(5))
mod = types.ModuleType("made")
mod.value = 3
print(mod.__name__, mod.value)
Dyn = types.new_class("Dyn", (K,), exec_body=lambda ns: ns.update(extra=1))
print(Dyn.__name__, Dyn.extra, Dyn().method(), Dyn.__mro__[1].__name__)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:3], keyword.softkwlist)
for args in [(1, 2), (len, None), (len,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(types.MethodType(len, [1, 2, 3])())
