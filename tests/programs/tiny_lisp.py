import math


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol: {name}")


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise TypeError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens):
    stack = [[]]
    for tok in tokens:
        if tok == "(":
            stack.append([])
        elif tok == ")":
            if len(stack) == 1:
                raise SyntaxError("unexpected )")
            done = stack.pop()
            stack[-1].append(done)
        else:
            try:
                atom = int(tok)
            except ValueError:
                try:
                    atom = float(tok)
                except ValueError:
                    atom = tok
            stack[-1].append(atom)
    if len(stack) != 1:
        raise SyntaxError("missing )")
    return stack[0]


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda *a: math.prod(a), "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        "=": lambda a, b: a == b, "<=": lambda a, b: a <= b, "list": lambda *a: list(a),
        "car": lambda l: l[0], "cdr": lambda l: l[1:], "null?": lambda l: l == [],
        "cons": lambda a, l: [a] + l, "abs": abs, "sqrt": math.sqrt, "pi": math.pi,
        "length": len, "max": max, "map": lambda f, l: list(map(f, l)),
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head, *rest = x
        if head == "quote":
            return rest[0]
        if head == "if":
            test, conseq, alt = rest
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            name, expr = rest
            env[name] = evaluate(expr, env)
            return None
        if head == "set!":
            name, expr = rest
            env.find(name)[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            params, body = rest
            return Lambda(params, body, env)
        if head == "begin":
            for expr in rest[:-1]:
                evaluate(expr, env)
            x = rest[-1]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in rest]
        if isinstance(proc, Lambda):
            if len(args) != len(proc.params):
                raise TypeError(f"expected {len(proc.params)} args, got {len(args)}")
            x, env = proc.body, Env(proc.params, args, proc.env)
            continue
        return proc(*args)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


PROGRAM = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(fact 30)
(define count-down (lambda (n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1)))))
(count-down 5000 0)
(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))
(define tick (make-counter))
(tick) (tick) (tick)
(map (lambda (x) (* x x)) (list 1 2 3 4))
(cons 0 (quote (1 2 3)))
(car (cdr (list 1.5 2.5 3.5)))
(null? (cdr (list 1)))
(define area (lambda (r) (* pi (* r r))))
(area 3)
(max 3 9 2)
make-counter
(undefined 1)
(fact 1 2)
(/ 1 0)
"""
env = standard_env()
for expr in read(tokenize(PROGRAM)):
    try:
        value = evaluate(expr, env)
    except (NameError, TypeError, ZeroDivisionError) as e:
        print(f"error: {type(e).__name__}: {e}")
        continue
    if value is not None:
        print(to_str(value))
for bad in ["(+ 1 2", ")"]:
    try:
        read(tokenize(bad))
    except SyntaxError as e:
        print("SyntaxError:", e)
