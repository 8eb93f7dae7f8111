# complex() constructor: numbers, strings, keywords and errors
def t(*args, **kw):
    try:
        print(repr(complex(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
t()
t(1)
t(1.5, 2)
t(1, 2.5)
t(1j, 1j)
t(1 + 2j, 3)
t(real=1, imag=2)
t(imag=3)
t("1+2j")
t("  1-2j  ")
t("(1+2j)")
t("j")
t("-j")
t("2J")
t("1e3+1e-3j")
t("inf+nanj")
t("-infj")
t("1_0+2_0j")
t("1 + 2j")
t("1+2")
t("x")
t("")
t("1+2j", 1)
t(1, "2")
t([1])
t(None)
t(True, False)
t(float("nan"), 0)
t("1.5")
t(" 3j ")
t("((1+2j))")
class C:
    def __complex__(self):
        return 5 + 5j
class F:
    def __float__(self):
        return 1.25
print(complex(C()), complex(F()), complex(F(), F()))
class Bad:
    def __complex__(self):
        return 1
t(Bad())
