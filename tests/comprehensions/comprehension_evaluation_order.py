# Order of evaluation inside comprehensions: outer loop, inner loop, condition, element.
def t(label, value):
    print(label, value)
    return value

print([t("elem", (x, y)) for x in t("outer-iter", [1, 2]) if t("cond-x", x) for y in t("inner-iter", "ab") if t("cond-y", y != "b")])
print("---")
print({t("key", k): t("value", k * 2) for k in t("iter", [1, 2])})
print("---")
print({t("set-elem", x % 2) for x in t("iter", range(3))})
print("---")
g = (t("gen-elem", x) for x in t("gen-iter", [7, 8]))
print("generator made")
print(list(g))
