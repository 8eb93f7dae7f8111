class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)))
class Plain:
    def __getitem__(self, key):
        return key.upper()
print("{x}-{y}".format_map(Plain()))
print("{0}".format_map({}) if False else "skip")
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
print("{a[0]} {a[1]}".format_map({"a": [5, 6]}))
