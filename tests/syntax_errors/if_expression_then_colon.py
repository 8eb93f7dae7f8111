# An if-expression followed by a colon is plain invalid syntax.
x = (1 if 2: 3)
