if x:
	if y:
	    z = 1
	    if z:
	    	w = 2
	else:
		v = 3
