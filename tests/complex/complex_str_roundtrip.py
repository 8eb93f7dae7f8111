# complex(str(z)) round trips and formatting of parts
vals = [1 + 2j, -3.5 - 0.5j, 1e-20 + 1e20j, complex(0.1, 0.2), complex(-0.0, 1.0), 12345678901234567890j,
        complex(1 / 3, 2 / 3), complex(float("inf"), 0), complex(0, float("-inf"))]
for z in vals:
    s = str(z)
    back = complex(s)
    print(s, back == z or (back.real != back.real), repr(back))
print(complex("1e1j"), complex("-1.5e-3-2.5e+3j"), complex("+1J"), complex("NaN+infj"), complex("(3)"), complex("  (4j)  "))
