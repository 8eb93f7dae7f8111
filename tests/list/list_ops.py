# +, *, +=, *= and comparisons between lists
a = [1, 2]
b = [3]
print(a + b, b + a, a * 2, 2 * a, a * 0, a * -1, [] * 5, [[0]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
c = a
c += [9]
print(a, c is a)
c += "xy"
print(a)
c += (7,)
print(a)
d = [1]
e = d
e *= 3
print(d, e is d)
e *= 0
print(d)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] != (1, 2), [1] == [1.0], [[]] > [], [0] <= [0])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
t(lambda: [1] * 1.5)
t(lambda: [1] * [2])
t(lambda: [1] < (1,))
t(lambda: [1] < ["a"])
t(lambda: [1] - [1])
