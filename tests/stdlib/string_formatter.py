# string.Formatter, used directly and subclassed
import string

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name:>8}|{value:08.3f}", name="pi", value=3.14159))
print(f.format("{} {} {}", "a", "b", "c"))
print(f.format("{0[1]} {p.real} {d[key]}", [5, 6], p=2 + 3j, d={"key": "v"}))
print(f.format("{!r} {!s} {!a}", "x", "y", "é"))
print(f.format("{:^{width}}|", "mid", width=9))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(f.format("{{literal}} {0}", "x"))
print(list(f.parse("Hi {name!r:>10} and {0}")))


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


print(DefaultFormatter().format("{user} logged in from {host}", user="amy"))


class UpperFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


print(UpperFormatter().format("{} and {!l}", "quiet", "LOUD"))


class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


try:
    StrictFormatter().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)

for fmt, args, kwargs in [("{0} {2}", (1, 2), {}),
                          ("{missing}", (), {}),
                          ("{0:d}", ("s",), {}),
                          ("{0.nope}", (1,), {}),
                          ("{:{:{}}}", (1, 2, 3), {})]:
    try:
        print(f.format(fmt, *args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
