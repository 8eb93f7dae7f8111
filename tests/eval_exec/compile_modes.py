# compile() in its modes, code objects reused, and filenames in errors.
import sys

expr = compile("a * b + 1", "<formula>", "eval")
print(type(expr).__name__, expr.co_filename, expr.co_name)
for a, b in [(1, 2), (3, 4), (10, -1)]:
    print(eval(expr, {"a": a, "b": b}))

stmts = compile("squares = [n * n for n in range(count)]\nlast = squares[-1]", "<stmts>", "exec")
for count in (1, 3, 5):
    ns = {"count": count}
    exec(stmts, ns)
    print(ns["squares"], ns["last"])

print(eval(stmts, {"count": 2}))

single = compile("x = 41 + 1", "<single>", "single")
ns = {}
exec(single, ns)
print(ns["x"])

bad = compile("1 / zero", "calc.py", "eval")
try:
    eval(bad, {"zero": 0})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_frame.f_code.co_filename, tb.tb_lineno)

try:
    compile("x = (1,\n     2,\n     3 +)", "multi.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)

print(compile(b"b'bytes source'", "<b>", "eval") is not None, eval(compile(b"2 ** 10", "<b>", "eval")))
print(compile("pass", "<p>", "exec", 0, True).co_filename)
print(compile("pass", filename="<kw>", mode="exec").co_filename)
for bad_mode in ("run", "EXEC", ""):
    try:
        compile("1", "f", bad_mode)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    compile(42, "f", "exec")
except TypeError as e:
    print(type(e).__name__, e)
print(sys.version_info >= (3, 11))
echo = compile("1 + 1", "<single>", "single")
exec(echo)
exec(compile("None", "<single>", "single"))
exec(compile("if True:\n    'shown'\n", "<single>", "single"))
exec(compile("[n for n in range(3)]", "<single>", "single"), {})
