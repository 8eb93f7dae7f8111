class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.formulas = {}
        self.cache = {}

    def set(self, ref, text):
        self.formulas[ref.upper()] = text
        self.cache.clear()

    def value(self, ref, visiting=None):
        ref = ref.upper()
        if ref in self.cache:
            return self.cache[ref]
        visiting = visiting or []
        if ref in visiting:
            raise CycleError(" -> ".join(visiting + [ref]))
        text = self.formulas.get(ref, "")
        if not text.startswith("="):
            try:
                result = float(text) if "." in text else int(text or 0)
            except ValueError:
                result = text
        else:
            result = self.evaluate(text[1:], visiting + [ref])
        self.cache[ref] = result
        return result

    def cells_in(self, rng):
        start, end = rng.split(":")
        c0, r0 = start[0], int(start[1:])
        c1, r1 = end[0], int(end[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c0), ord(c1) + 1) for r in range(r0, r1 + 1)]

    def evaluate(self, expr, visiting):
        expr = expr.strip()
        for name, fn in (("SUM", sum), ("MAX", max), ("MIN", min), ("AVG", lambda v: sum(v) / len(v))):
            if expr.startswith(name + "(") and expr.endswith(")"):
                values = [self.value(c, visiting) for c in self.cells_in(expr[len(name) + 1:-1])]
                return fn([v for v in values if isinstance(v, (int, float))])
        for op in "+-":
            depth = 0
            for i in range(len(expr) - 1, 0, -1):
                depth += {")": 1, "(": -1}.get(expr[i], 0)
                if expr[i] == op and depth == 0:
                    a, b = self.evaluate(expr[:i], visiting), self.evaluate(expr[i + 1:], visiting)
                    return a + b if op == "+" else a - b
        for op in "*/":
            if op in expr:
                i = expr.rindex(op)
                a, b = self.evaluate(expr[:i], visiting), self.evaluate(expr[i + 1:], visiting)
                return a * b if op == "*" else a / b
        if expr[0].isalpha():
            return self.value(expr, visiting)
        return float(expr) if "." in expr else int(expr)

    def show(self, cols="ABC", rows=range(1, 5)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.value(f"{c}{r}")
                except CycleError:
                    v = "#CYCLE"
                except ZeroDivisionError:
                    v = "#DIV/0"
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
            print(f"{r:>3} " + "".join(cells))


sheet = Sheet()
for ref, text in [("A1", "10"), ("A2", "20"), ("A3", "30.5"), ("A4", "=SUM(A1:A3)"),
                  ("B1", "=A1*2"), ("B2", "=B1+A2-5"), ("B3", "=A4/4"), ("B4", "=AVG(A1:B3)"),
                  ("C1", "label"), ("C2", "=C3+1"), ("C3", "=C2*2"), ("C4", "=A1/0")]:
    sheet.set(ref, text)
sheet.show()
sheet.set("A1", "100")
print()
sheet.show()
print(sheet.value("b4"), sheet.cells_in("A1:B2"))
try:
    sheet.value("C2")
except CycleError as e:
    print("cycle:", e)
print(sorted(sheet.cache.items())[:4])
