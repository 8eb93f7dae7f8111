# Comprehensions produce the same results as the equivalent loops.
data = [5, -3, 8, 0, -1, 7, 2]

loop_result = []
for x in data:
    if x > 0:
        loop_result.append(x * 2)
comp_result = [x * 2 for x in data if x > 0]
print(loop_result, comp_result, loop_result == comp_result)

loop_pairs = []
for a in "ab":
    for b in "xy":
        if a != "b" or b != "y":
            loop_pairs.append(a + b)
print(loop_pairs == [a + b for a in "ab" for b in "xy" if a != "b" or b != "y"], loop_pairs)

loop_dict = {}
for i, w in enumerate(["p", "q"]):
    loop_dict[w] = i
print(loop_dict == {w: i for i, w in enumerate(["p", "q"])})

big = [i * i for i in range(10000)]
print(len(big), big[-1], sum(big))
big_set = {i % 97 for i in range(10000)}
print(len(big_set), max(big_set))
big_dict = {i: str(i) for i in range(5000)}
print(len(big_dict), big_dict[4999])
print(sum(i for i in range(100000) if i % 7 == 0))
flat = [c for word in ["ab"] * 1000 for c in word]
print(len(flat), flat[:4])
