# an uncaught UnicodeDecodeError ends the program with CPython's last line
print(b"ok".decode())
data = bytearray(b"caf\xe9")
print(data.decode("latin-1"))
print(data.decode("utf-8"))
