# Format specs for strings and their errors
for spec in ["", "s", "10", "<10", ">10s", "^10.2", ".0", "x^7", ".100", "010"]:
    print(repr(spec), "[" + format("text", spec) + "]")
def t(spec):
    try:
        print(repr(format("text", spec)))
    except ValueError as e:
        print(type(e).__name__, e)
t("d")
t("+")
t(" ")
t("#")
t("=10")
t(",")
t("z")
t("10.2f")
t("e")
