# format_map with dicts and __missing__ subclasses
print("{a} {b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Bob")))
print("{a}{a}".format_map({"a": "zero"}))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
print("{x[0]}".format_map({"x": "abc"}), "{x:>4}".format_map({"x": 7}))
