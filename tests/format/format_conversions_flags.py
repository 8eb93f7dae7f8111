# Conversion flags !r !s !a combined with format specs in str.format and f-strings
vals = ["é", "tab\t", 42, 1.5, None, [1, "x"], ("ü",)]
for v in vals:
    print("[{0!r:>12}] [{0!s:<8}] [{0!a:^14}]".format(v), f"[{v!r:.4}]", f"[{v!s:*>6}]")
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
    def __format__(self, spec):
        return "Both-format[" + spec + "]"
b = Both()
print("{0} {0!s} {0!r} {0:xy} {0!s:>10} {0!r:<10}|".format(b), f"{b} {b!s} {b!r} {b:spec}")
