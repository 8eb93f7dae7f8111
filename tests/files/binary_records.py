import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_binary_records")


def cleanup(top):
    for root, dirs, files in list(os.walk(top, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(TMP)
os.makedirs(TMP)
try:
    path = os.path.join(TMP, "data.bin")
    with open(path, "wb") as f:
        for i in range(10):
            f.write(i.to_bytes(2, "big") + bytes([i * 3 % 256]))
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[:9])
    with open(path, "rb") as f:
        records = []
        while True:
            chunk = f.read(3)
            if not chunk:
                break
            records.append((int.from_bytes(chunk[:2], "big"), chunk[2]))
    print(records)
    with open(path, "rb") as f:
        f.seek(-3, 2)
        print(f.read(), f.tell())
        f.seek(3)
        print(f.read(3), f.tell())
        f.seek(3, 1)
        print(f.read(3))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
