# f-strings: expressions, conversions, nested specs, debugging '=' specifier
x, y = 3, 4.5
name = "Ada"
print(f"{x} + {y} = {x + y}", f"{name!r} {name!s} {name!a}", f"{'é'!a}", f"{x!r:>5}")
print(f"{x=}", f"{y = }", f"{name=!s}", f"{x*2=:>6}", f"{name=:^9}|")
width, prec = 10, 3
print(f"[{y:{width}.{prec}f}]", f"[{name:{'*'}^{width}}]", f"[{x:{'0'}{width}}]")
d = {"k": [10, 20]}
print(f"{d['k'][1]}", f"{d}", f"{[i * i for i in range(4)]}", f"{(lambda v: v + 1)(x)}", f"{x if x > 2 else y}")
print(f"{{braces}}", f"{{{x}}}", f"{'{'}", f"{3.0:.0%}", f"{1e6:,.0f}", f"{2**10:_b}")
print(f"{x:}", f"{''}", f"{'a' 'b'}", f"""{"triple"}""", f'{"mixed"}')
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():xyz}", f"{P()!r}", f"{P()!r:>6}", format(P(), "abc"), "{:q}".format(P()))
nested = 5
print(f"{f'{nested:>{nested}}'}|")
