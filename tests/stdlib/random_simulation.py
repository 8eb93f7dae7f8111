# small simulations as test programs write them
import random
from collections import Counter

random.seed(12345)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(500))
print(sorted(rolls.items()))

walk = [0]
for _ in range(30):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)

names = ["ann", "bob", "cy", "dee", "eve", "fay"]
random.shuffle(names)
teams = [names[i::2] for i in range(2)]
print(teams)

inside = sum(1 for _ in range(2000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 2000)

grid = [[random.choice(".#") for _ in range(12)] for _ in range(4)]
print("\n".join("".join(row) for row in grid))

weights = {"common": 70, "rare": 25, "epic": 5}
loot = random.choices(list(weights), weights=list(weights.values()), k=20)
print(Counter(loot).most_common())

password = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
print(password)
data = [round(random.gauss(50, 10), 3) for _ in range(8)]
print(data, round(sum(data) / len(data), 6))
rng = random.Random("game-seed")
print([rng.randrange(100) for _ in range(10)])
print(sorted(random.sample(range(1, 50), 6)))
