# A stray character; CPython reports the later unterminated string.
price = $cost
label = "total
