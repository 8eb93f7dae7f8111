# Augmented assignment on plain names for many operators.
x = 10
x += 5; print("+=", x)
x -= 3; print("-=", x)
x *= 4; print("*=", x)
x //= 5; print("//=", x)
x %= 4; print("%=", x)
x **= 5; print("**=", x)
x <<= 2; print("<<=", x)
x >>= 1; print(">>=", x)
x |= 0b1000000; print("|=", x)
x &= 0b1110000; print("&=", x)
x ^= 0b11; print("^=", x)
f = 7
f /= 2; print("/=", f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
l *= 2
print(l2)
l += "xy"
print(l)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
