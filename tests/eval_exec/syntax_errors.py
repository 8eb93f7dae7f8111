# SyntaxErrors raised by eval, exec and compile: class, message, position.
sources = [
    ("eval", "1 + * 2"),
    ("exec", "1 +"),
    ("eval", "x = 1"),
    ("eval", "(1,\n2,,)"),
    ("eval", "import os"),
    ("eval", "lambda: yield"),
    ("exec", "def f(:\n    pass"),
    ("exec", "if True:\nprint(1)"),
    ("exec", "  x = 1"),
    ("exec", "return 5"),
    ("exec", "for x in y:\n    pass\n  break"),
    ("exec", "f(**a, *b)"),
    ("exec", "x = [1, 2"),
    ("exec", "break"),
    ("exec", "a b c"),
    ("exec", "def g():\n    nonlocal q"),
]
for mode, src in sources:
    for how in ("builtin", "compile"):
        try:
            if how == "compile":
                compile(src, "<prog>", mode)
            elif mode == "eval":
                eval(src)
            else:
                exec(src)
            print("no error?", repr(src))
        except SyntaxError as e:
            print(how, type(e).__name__, e)
            print("   ", e.filename, e.lineno, e.offset, repr(e.text), e.msg)
            if e.text is None or "never closed" in e.msg or "indent" in e.msg:
                continue
            print("    ends", e.end_lineno, e.end_offset)
