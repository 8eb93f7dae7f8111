print(*a, *b)
