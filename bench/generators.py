# Generator pipelines: producers, filters, transforms and yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def squares(src):
    for v in src:
        yield v * v


def chunked(src, size):
    chunk = []
    for v in src:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks):
    for c in chunks:
        yield from c


total = sum(squares(evens(numbers(5000000))))
count = sum(1 for _ in flatten(chunked(numbers(1750000), 7)))
gen_expr = sum(x % 7 for x in range(3500000) if x % 3)
print("generators", total, count, gen_expr)
