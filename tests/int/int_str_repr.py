# str/repr/format of ints: signs, zero, bools, subclasses, large values
for n in (0, -0, 7, -7, 10**18, -(10**18), 2**64, True, False):
    print(str(n), repr(n), format(n), "%d" % n, "{}".format(n), f"{n}", f"{n!r}", str(int(n)))
print(str(123456789 * 987654321), repr(-10**25), str(0x7FFFFFFF), str(-0o17), str(0b1010))
print(len(str(2**1000)), str(2**1000)[-10:], str(-(3**100)))
class Id(int):
    def __str__(self):
        return "Id#" + int.__repr__(self)
print(Id(5), repr(Id(5)), f"{Id(5)}", "%s %d" % (Id(5), Id(5)), [Id(5)], format(Id(5), "03d"))
