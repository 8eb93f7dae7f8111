import helper_errs
try:
    raise helper_errs.HelperError("x")
except Exception as e:
    print(repr(e), str(type(e)))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
err = E(1, 2)
print(repr(err), err.args, str(err))
try:
    raise E("k", 3) from KeyError("c")
except E as e:
    import traceback
    print(traceback.format_exception_only(type(e), e))
raise helper_errs.HelperError("boom")
