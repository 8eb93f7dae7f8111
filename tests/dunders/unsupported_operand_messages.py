# TypeError messages for operators on unsupported types.
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

class A: pass
class B: pass
one, text, none = 1, "s", None
attempt("int + str", lambda: one + text)
attempt("str + int", lambda: text + one)
attempt("list + tuple", lambda: [1] + (2,))
attempt("int - str", lambda: one - text)
attempt("str * float", lambda: text * 2.0)
attempt("none * int", lambda: none * 3)
attempt("dict + dict", lambda: {} + {})
attempt("A + B", lambda: A() + B())
attempt("int / none", lambda: one / none)
attempt("str % list", lambda: "%d" % [])
attempt("int ** str", lambda: 2 ** text)
attempt("pow 3 args", lambda: pow(2, 3.0, 5))
attempt("A < B", lambda: A() < B())
attempt("int < str", lambda: 1 < "2")
attempt("list > int", lambda: [] > 1)
attempt("none >= none", lambda: none >= none)
attempt("A <= A", lambda: A() <= A())
attempt("unary - str", lambda: -text)
attempt("unary ~ float", lambda: ~1.5)
attempt("unary + list", lambda: +[])
attempt("A @ B", lambda: A() @ B())
attempt("set & list", lambda: {1} & [1])
attempt("int << float", lambda: 1 << 1.0)
attempt("tuple * tuple", lambda: (1,) * (2,))
attempt("str < none", lambda: text < none)
attempt("complex < complex", lambda: 1j < 2j)
