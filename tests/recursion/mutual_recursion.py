# Mutual recursion between functions, methods and a tiny interpreter.
def even(n):
    return n == 0 or odd(n - 1)

def odd(n):
    return n != 0 and even(n - 1)

print([(n, even(n), odd(n)) for n in range(6)])
print(even(300), odd(301))

class Walker:
    def walk(self, node):
        if isinstance(node, list):
            return self.walk_list(node)
        return self.walk_leaf(node)
    def walk_list(self, items):
        return "[" + ",".join(self.walk(i) for i in items) + "]"
    def walk_leaf(self, leaf):
        return str(leaf).upper()

print(Walker().walk(["a", ["b", ["c"]], "d"]))

def evaluate(expr):
    if isinstance(expr, (int, float)):
        return expr
    op, *args = expr
    values = [evaluate(a) for a in args]
    if op == "+":
        return sum(values)
    if op == "*":
        result = 1
        for v in values:
            result *= v
        return result
    if op == "if":
        return evaluate(args[1]) if values[0] else evaluate(args[2])
    raise ValueError(f"unknown op {op!r}")

print(evaluate(["+", 1, ["*", 2, 3], ["+", 4, 5]]))
print(evaluate(["if", 0, 10, 20]))
try:
    evaluate(["-", 1])
except ValueError as e:
    print(type(e).__name__, e)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(4)], ackermann(3, 3))
