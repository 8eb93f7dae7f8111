# The 0 flag, widths and precision interplay
for v in (42, -42, 3.14159, -3.14159, float("inf"), float("-nan")):
    print([format(v, s) for s in ["08", "+08", "08.2f" if isinstance(v, float) else "08d", "<08", "^08", ">08", "=08", "x=+8", "010.3e" if isinstance(v, float) else "010x"]])
print(format("ab", "05"), format("ab", "<05"), format("ab", ">05"))
print(format(1234.5, "012,.1f"), format(-1234.5, "013,.2f"), format(12, "#010b"), format(-12, "#010x"))
print(format("hello", ".2"), format("hello", "10.3"), format("hello", "^9.1"), format("", ".0"))
