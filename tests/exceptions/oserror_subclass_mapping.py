# OSError(errno, strerror) picks a subclass from the errno value.
for errno, text in [(2, "No such file or directory"), (13, "Permission denied"),
                    (17, "File exists"), (21, "Is a directory"), (20, "Not a directory"),
                    (32, "Broken pipe"), (4, "Interrupted"), (3, "No such process"), (9999, "unknown")]:
    e = OSError(errno, text)
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))

e = OSError(2, "missing", "file.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = FileNotFoundError("plain message")
print(e.errno, e.strerror, e.filename, str(e))
e = OSError()
print(e.errno, e.args, repr(str(e)))
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args)
try:
    raise OSError(2, "No such file or directory")
except FileNotFoundError as caught:
    print("caught as FileNotFoundError:", caught)
print(PermissionError(13, "denied").errno)
