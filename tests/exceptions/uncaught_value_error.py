# The program prints some output, then ends with an uncaught ValueError.
def parse(items):
    total = 0
    for item in items:
        print("parsing", repr(item))
        total += int(item)
        print("running total", total)
    return total

print("start")
print(parse(["1", "2", "3"]))
print(parse(["10", "twenty", "30"]))
print("never printed")
