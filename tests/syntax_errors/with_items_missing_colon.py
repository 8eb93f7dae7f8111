# Parenthesised with-items with no colon after them.
with (open(a) as b, open(c) as d)
    pass
