# A small calculator built on eval with a restricted namespace.
import math

SAFE = {name: getattr(math, name) for name in ("sqrt", "sin", "cos", "pi", "e", "floor", "ceil")}
SAFE["abs"] = abs
SAFE["round"] = round


def calculate(expression, **variables):
    env = dict(SAFE)
    env.update(variables)
    try:
        return eval(expression, {"__builtins__": {}}, env)
    except ZeroDivisionError:
        return "division by zero"
    except NameError as e:
        return f"unknown name: {e}"
    except SyntaxError as e:
        return f"syntax error: {e.msg}"


for expr in ["1 + 2 * 3", "sqrt(16) + x", "floor(pi * 100) / 100", "1 / 0", "nope + 1",
             "2 **", "round(e, 3)", "abs(-x * y)", "[i * i for i in (1, 2)]"]:
    print(f"{expr!r:28} -> {calculate(expr, x=3, y=4)!r}")

table = {}
for line in ["a = 2", "b = a * 10", "c = b - a", "a = c + 1"]:
    name, _, rhs = line.partition("=")
    table[name.strip()] = eval(rhs, {}, table)
print(table)

print(eval("__builtins__", {"__builtins__": {}}))
g = {}
eval("1", g)
print(sorted(g), type(g["__builtins__"]).__name__)
print(eval(repr({"a": [1, 2.5, None, True, "s"]})))
print(eval("  42"), eval("\t7 * 6\n"))
