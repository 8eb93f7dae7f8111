# Concatenation, repetition and in-place forms
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -2, "" * 100, repr(s * False), s * True)
t = s
t += "c"
print(s, t, t is not s)
t *= 2
print(t)
for f in (lambda: s + 1, lambda: 1 + s, lambda: s * 1.5, lambda: s * "2", lambda: s - "a", lambda: [1] + s):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("a" "b" 'c', "x" + "y" * 2 + "z")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
