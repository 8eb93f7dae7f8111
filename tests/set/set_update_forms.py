# update, intersection_update, difference_update, symmetric_difference_update and in-place operators
s = {1, 2, 3}
print(s.update([4, 5], (6,), range(7, 9)), s)
s.intersection_update(range(2, 7), [3, 4, 5, 6, 99])
print(s)
s.difference_update([3], {4})
print(s)
s.symmetric_difference_update([5, 10])
print(s)
t = {1, 2, 3}
alias = t
t |= {4}
t &= {1, 2, 4, 5}
t -= {2}
t ^= {1, 7}
print(t, alias is t)
fs = frozenset([1, 2])
fs2 = fs
fs |= {3}
print(fs, fs2, fs is fs2)
def t_(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def ior_list():
    x = {1}
    x |= [2]
t_(ior_list)
t_(lambda: {1}.update(5))
t_(lambda: {1}.update([[1]]))
t_(lambda: frozenset().update([1]))
t_(lambda: frozenset([1]).add(2))
