# A comprehension whose target tuple lacks parentheses.
pairs = [x, y for x, y in zip(a, b)]
