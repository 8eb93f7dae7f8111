[[(j := i) for i in y] for j in z]
