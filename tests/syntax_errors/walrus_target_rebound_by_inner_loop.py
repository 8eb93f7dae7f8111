# A walrus target in an earlier clause is rebound by a later loop.
data = [i for i in range(5) if (j := i) for j in range(5)]
