import math


class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/^(),%":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    tokens.append(Token("end", None, len(src)))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}
    CONSTS = {"pi": math.pi, "e": math.e}

    def __init__(self, src):
        self.tokens = tokenize(src)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.pos += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek().kind != "end":
            raise SyntaxError(f"trailing input at {self.peek().pos}")
        return value

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        if tok.kind == "name":
            if tok.value in self.CONSTS:
                return self.CONSTS[tok.value]
            func = self.FUNCS.get(tok.value)
            if func is None:
                raise NameError(f"unknown name {tok.value!r}")
            self.take("(")
            args = [self.expr()]
            while self.peek().value == ",":
                self.take()
                args.append(self.expr())
            self.take(")")
            return func(*args)
        raise SyntaxError(f"unexpected {tok.value!r} at {tok.pos}")


print(tokenize("1 + 2.5*x"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % -3",
            "sqrt(16) + max(1, 7, 3)", "floor(pi * 100) / 100", "2 * (3 + 4", "1 / 0",
            "foo(1)", "3 $ 4", "1 2", "e ^ 1", "abs(-7.25) * 2", "0.1 + 0.2", "2 ^ 100"]:
    try:
        result = Parser(src).parse()
        print(f"{src:<28} = {result!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as exc:
        print(f"{src:<28} ! {type(exc).__name__}: {exc}")
