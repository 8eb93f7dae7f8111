# Stray characters do not stop the search for a later tokenizer error.
x = `y` + $z
label = "total
