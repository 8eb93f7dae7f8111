a and b
a or b
a and b and c
a or b or c
a and b or c and d
a or b and c or d
not a and not b
(a or b) and c
not not x
