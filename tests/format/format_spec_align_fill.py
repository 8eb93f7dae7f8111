# Fill and alignment for str, int and float
for spec in ["10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "0>10", "=10", "0=10", "-^9", "é^9", "{^9", "}>5"]:
    out = []
    for v in ("ab", 42, -42, 3.5):
        try:
            out.append("[" + format(v, spec) + "]")
        except ValueError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), " ".join(out))
print("[" + format("abc", "2") + "]", "[" + format(12345, "3") + "]", "[" + format("", "^4") + "]")
print(f"[{'x':^4}]", f"[{'x':^5}]", f"[{7:^4}]", f"[{7:^5}]")
