# An unexpected indent made of tabs and a form feed: CPython reports it
# at the last character of the indentation.
if x:
	pass
		  y = 2
