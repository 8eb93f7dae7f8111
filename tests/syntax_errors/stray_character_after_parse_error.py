# A stray character past a parse error does not replace it.
x = a b
y = $
z = 1
