# A decorator with nothing after it before the block ends.
class A:
    @staticmethod
x = 1
