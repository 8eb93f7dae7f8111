# Generating functions and classes as source text and running them.
def make_function(name, params, body_lines, env=None):
    src = f"def {name}({', '.join(params)}):\n"
    src += "".join(f"    {line}\n" for line in body_lines)
    ns = {}
    exec(src, env if env is not None else {}, ns)
    return ns[name]


area = make_function("area", ["w", "h=1"], ["return w * h"])
print(area(3, 4), area(5), area.__name__, area.__defaults__)
try:
    area()
except TypeError as e:
    print(type(e).__name__, e)

clamp = make_function("clamp", ["x", "*", "lo=0", "hi=10"],
                      ["if x < lo:", "    return lo", "return min(x, hi)"])
print(clamp(-5), clamp(50), clamp(5, hi=3), clamp.__kwdefaults__)


def make_record_class(name, fields):
    lines = [f"class {name}:"]
    lines.append(f"    __slots__ = {tuple(fields)!r}")
    lines.append(f"    def __init__(self, {', '.join(fields)}):")
    for f in fields:
        lines.append(f"        self.{f} = {f}")
    lines.append("    def __repr__(self):")
    parts = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
    lines.append(f"        return f'{name}({parts})'")
    ns = {"__name__": "records"}
    exec("\n".join(lines), ns)
    return ns[name]


Point = make_record_class("Point", ["x", "y"])
p = Point(1, "two")
print(p, Point.__module__, Point.__qualname__, Point.__slots__)

env = {"scale": 3}
scaled = make_function("scaled", ["v"], ["return v * scale"], env)
print(scaled(2))
env["scale"] = 10
print(scaled(2))

counter_src = """
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
"""
ns = {}
exec(counter_src, ns)
inc = ns["make_counter"]()
print(inc(), inc(), inc(5))

code = compile("total = sum(values)\nresult.append(total)", "<gen>", "exec")
result = []
for values in ([1, 2], [3, 4, 5], []):
    exec(code, {"values": values, "result": result})
print(result)

gen_src = "def gen(n):\n    for i in range(n):\n        yield i * i\n"
ns = {}
exec(gen_src, ns)
print(list(ns["gen"](5)))
