# complex repr and str forms
vals = [1 + 2j, 1j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, -1), complex(-0.0, 0.0), complex(1, 0), 2.5j,
        1e20j, 1e16j, 1e-5j, complex(1e300, -1e-300), complex(float("inf"), 1), complex(1, float("nan")),
        complex(float("-inf"), float("-inf")), (1 + 2j) * 1e20, complex(0.1, 0.2), 3 + 0j, -(1 + 1j),
        complex(-1, 0.0), complex(2, -0.0)]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 3j], (0j,), {1j: 2j})
print(f"{1+2j}", "%s %r" % (3j, -1 - 1j))
print(format(1 + 2j), format(1.5 + 2j, ".2f"), format(1 + 2j, ">12"), format(3j, "+"), format(1 - 1j, "e"))
print(format(complex(1, 2), "^14.3g") + "|")
