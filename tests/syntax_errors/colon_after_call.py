# A call reaching an expression with no target after the colon.
class A:
    setup(self):
        pass
