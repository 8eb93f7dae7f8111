# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("loop", n)
else:
    print("else ran, n =", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
    print("infinite", n)
print("after break", n)

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")

find([3, 1, 4], 4)
find([3, 1, 4], 5)

count = 0
while count < 0:
    print("never")
else:
    print("else of empty while")

outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner else", outer)
    print("outer", outer, "inner", inner)
    outer += 1
