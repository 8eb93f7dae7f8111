# Escaping braces in str.format and f-strings
print("{{}}".format(), "{{{}}}".format(1), "{{0}}".format(5), "{{{0}}}".format(5), "}}{{".format())
print(f"{{}}", f"{{{1 + 1}}}", f"{{x}}", f"}}{{", f"{'{'}{'}'}")
print("a{{b}}c{}d".format("!"), "{}{{".format(1), "{{}}{}".format(2))
print("%s {}" % "pct", "{} %s".format("fmt"), "%%{}".format("x"))
for s in ["{", "}", "{{}", "{}}", "x{y", "{0}}"]:
    try:
        print(repr(s.format(0)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(s), type(e).__name__, e)
