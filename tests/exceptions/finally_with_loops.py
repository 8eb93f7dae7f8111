# break and continue in try bodies run the finally clause first.
for i in range(4):
    try:
        if i == 1:
            print("continue at", i)
            continue
        if i == 3:
            print("break at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")

def return_from_loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally in loop", i)
print(return_from_loop())

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("while finally", count)

def nested():
    for outer in range(2):
        for inner in range(2):
            try:
                try:
                    if inner == 1:
                        break
                finally:
                    print("inner finally", outer, inner)
            finally:
                print("outer finally", outer, inner)
nested()

def except_continue():
    for v in ["1", "x", "3"]:
        try:
            n = int(v)
        except ValueError:
            print("skip", v)
            continue
        finally:
            print("checked", v)
        print("got", n)
except_continue()
