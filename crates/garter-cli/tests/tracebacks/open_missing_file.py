def load(name):
    with open(name) as f:
        return f.read()


load("no_such_file.txt")
