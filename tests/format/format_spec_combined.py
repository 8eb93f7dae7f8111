# Full spec strings combining fill, align, sign, z, #, 0, width, grouping, precision and type
specs = ["*^+#15,.2f", "_>+12_d", "<#10x", "=+010,d", "0=#12b", "x^-11.3e", " 020,.4g", "z=12.1f", ">+#8o",
         "^#10.0f", "#,d", "+,.0%"]
for spec in specs:
    out = []
    for v in (1234.5678, -1234.5678, 0, -0.0, 42, -42):
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ERR:" + str(e))
    print(repr(spec), out)
