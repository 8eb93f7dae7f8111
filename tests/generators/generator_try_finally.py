# try/finally and with inside generators: cleanup on exhaustion, close, and break.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, "exception:", exc[0].__name__ if exc[0] else None)

def lines(name):
    with Resource(name):
        for i in range(3):
            yield f"{name}-line{i}"

print(list(lines("full")))

g = lines("partial")
print(next(g))
g.close()

loop_gen = lines("loop")
for line in loop_gen:
    print(line)
    if line.endswith("1"):
        break
print("after break, closing explicitly")
loop_gen.close()

def try_finally_counts():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")

for v in try_finally_counts():
    print("value", v)

def except_in_generator():
    for d in [1, 0, 2]:
        try:
            yield 10 // d
        except ZeroDivisionError:
            yield "division by zero skipped"
print(list(except_in_generator()))
