# An exception escaping exec'd code ends the program with a traceback.
def helper(n):
    return eval("10 // n")


print(helper(2))
exec("def deep(k):\n    return helper(k)\nprint(deep(5))")
exec("deep(0)")
print("not reached")
