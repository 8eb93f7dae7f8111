# Ends with the uncaught RuntimeError that PEP 479 makes of a StopIteration in a generator.
def first_items(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)

print(list(first_items(["ab", [1, 2], (None,)])))
gen = first_items(["xyz", "", "q"])
print(next(gen))
print(next(gen))
print("never printed")
