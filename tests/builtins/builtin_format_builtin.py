# format() builtin with assorted values and specs
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"), format(True, ">5"))
print(format(10, "x"), format(10, "#o"), format(-1.5, "+.3e"), format(2**64, "_"), format(1e-9, "g"), format(255, "c") == "ÿ")
