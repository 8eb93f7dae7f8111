# Ends with the uncaught RuntimeError that PEP 479 makes of a StopIteration in a generator.
def first_items(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)

def first_items_safe(iterables):
    for it in iterables:
        yield next(iter(it), None)

print(list(first_items(["ab", [1, 2], (None,)])))
print(list(first_items_safe(["ab", "", [3]])))
gen = first_items(["xyz", "", "q"])
print(next(gen))
print("the second iterable is empty")
print(next(gen))
print("never printed")
