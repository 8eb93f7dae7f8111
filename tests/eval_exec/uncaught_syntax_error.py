# A SyntaxError from exec'd source that nobody catches.
print("before")
exec("x = 1\ny = (2 +\n")
print("not reached")
