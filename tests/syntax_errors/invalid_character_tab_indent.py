if x:
	foo( €
