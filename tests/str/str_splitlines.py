# splitlines: all line boundaries and keepends
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(True))
print("\r\n".splitlines(True), "\r\r\n".splitlines(), "no newline".splitlines())
print("a\tb".splitlines(), "x\n".split("\n"), "x\n".splitlines())
