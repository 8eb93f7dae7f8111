class VMError(Exception):
    pass


def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in program]


class Machine:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.output = []
        self.steps = 0
        self.trace = trace
        self.calls = []

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc - 1}")
        return self.stack.pop()

    def run(self, max_steps=10_000):
        binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
                  "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
                  "EQ": lambda a, b: int(a == b)}
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded")
            op, args = self.program[self.pc]
            self.pc += 1
            if self.trace:
                print(f"{self.pc - 1:3} {op:<6} {str(args):<8} {self.stack}")
            if op == "PUSH":
                self.stack.append(args[0])
            elif op == "LOAD":
                try:
                    self.stack.append(self.vars[args[0]])
                except KeyError:
                    raise VMError(f"undefined variable {args[0]}") from None
            elif op == "STORE":
                self.vars[args[0]] = self.pop()
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "PRINT":
                self.output.append(str(self.pop()))
            elif op == "JMP":
                self.pc = args[0]
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = args[0]
            elif op == "CALL":
                self.calls.append(self.pc)
                self.pc = args[0]
            elif op == "RET":
                self.pc = self.calls.pop()
            elif op == "HALT":
                break
            elif op in binops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"division by zero at pc={self.pc - 1}") from e
            else:
                raise VMError(f"unknown opcode {op!r}")
        return self.output


FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    call sub1
    halt
sub1:  ; prints 7
    push 7
    print
    ret
"""
prog = assemble(FACT)
print(prog[:6])
m = Machine(prog)
print(m.run(), m.steps, m.vars)
small = assemble("push 2\npush 3\nadd\ndup\nmul\nprint")
print(Machine(small, trace=True).run())
for bad in ["add", "push 1\npush 0\ndiv", "load x", "frob", "top:\njmp top"]:
    try:
        Machine(assemble(bad)).run(max_steps=50)
    except VMError as e:
        cause = e.__cause__
        print("VMError:", e, "| cause:", repr(cause))
