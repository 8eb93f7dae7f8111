# List work: comprehensions, sorting with keys, append/pop stacks, slicing.
def work(seed):
    data = [(i * 7919 + seed) % 10007 for i in range(200000)]
    squares = [v * v % 1000 for v in data if v & 1]
    data.sort()
    pairs = sorted(((v % 97, -v) for v in data[:100000]), key=lambda p: (p[0], p[1]))
    stack = []
    total = 0
    for v in data:
        stack.append(v)
        if len(stack) > 50:
            while len(stack) > 10:
                total += stack.pop()
    rev = data[::-1]
    chunks = [sum(rev[i:i + 100]) for i in range(0, len(rev), 100)]
    matrix = [[(r * c + seed) % 10 for c in range(100)] for r in range(100)]
    transposed = [list(col) for col in zip(*matrix)]
    return [len(squares), sum(squares), pairs[0][1], pairs[-1][1], total, max(chunks), sum(map(sum, transposed))]


checksum = [0] * 7
for seed in range(5):
    for i, v in enumerate(work(seed)):
        checksum[i] += v
print("list_work", checksum)
