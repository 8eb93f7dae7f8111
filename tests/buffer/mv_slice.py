# slicing a memoryview shares memory with the exporter
ba = bytearray(b"0123456789")
m = memoryview(ba)
s = m[2:8]
print(bytes(s), len(s), s.tolist())
t = s[1:5:2]
print(bytes(t), t.strides, t.shape)
r = m[::-1]
print(bytes(r), r.strides, r[0], r[-1])
r2 = r[::3]
print(bytes(r2), r2.tolist())
ba[3] = ord("X")
print(bytes(s), bytes(t), bytes(r))
s[0] = ord("Y")
print(ba)
t[1] = ord("Z")
print(ba)
r[0] = ord("!")
print(ba)
print(bytes(m[100:]), bytes(m[-3:]), bytes(m[:-7]), bytes(m[5:1]), bytes(m[5:1:-1]))
print(bytes(m[::4]), bytes(m[1::4]), bytes(m[-1::-4]))
e = m[3:3]
print(len(e), e.tolist(), e.tobytes(), e.nbytes)
