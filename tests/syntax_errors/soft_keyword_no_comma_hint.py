# "match" used as a name takes no comma hint.
f(27, match 8)
