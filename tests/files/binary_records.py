import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_binary_records")
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
