# A misplaced backslash past a parse error does not replace it: CPython
# reports it only when its parser reaches it.
x = a b
y = 1\ z
