é = [(yield) for x in y]
