# %-formatting: every conversion type
for v in [0, 42, -42, 255, 10**20, True]:
    print("%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%s|%r|%a" % ((v,) * 15))
for v in [3.75, -0.5, 1e20, 0.1, -0.0]:
    print("%d|%i|%u|%e|%E|%f|%F|%g|%G|%s|%r|%a" % ((v,) * 12))
print("%c%c%c" % (72, "i", 0x1F600), "%s %r %a" % ("é", "é", "é"), "100%%", "%%d" % ())
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % ("x",), "%s %s" % ("a", "b"), "%s" % "solo")
print("%.3s|%.0s|%5.1s|" % ("abcdef", "xyz", "hello"))
print("%x %o %X" % (-255, -8, 3735928559), "%d" % 10**30, "%x" % 2**70)
print("%d %i" % (3.99, -3.99), "%x" % True, "%f" % 1, "%e" % 12345, "%g" % 0.0001, "%g" % 0.00001)
print("%g %g %g %g" % (1e16, 123456, 1234567, 1.5e-5), "%G" % 1e-10)
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
