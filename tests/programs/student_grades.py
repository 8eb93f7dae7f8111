from collections import namedtuple, defaultdict

Student = namedtuple("Student", "name year scores")

ROSTER = [
    Student("Ada", 2, {"math": 95, "physics": 88, "art": 72}),
    Student("Brendan", 1, {"math": 67, "physics": 74}),
    Student("Chen", 2, {"math": 88, "physics": 92, "art": 95, "music": 81}),
    Student("Dora", 3, {"math": 54, "art": 99}),
    Student("Emil", 1, {"math": 78, "physics": 61, "music": 70}),
    Student("Fatima", 3, {"math": 100, "physics": 97, "art": 85}),
]


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


print(ROSTER[0])
print(ROSTER[0]._fields, ROSTER[1].name, ROSTER[1][1])
header = f"{'Name':<8}|{'Yr':^4}|{'Avg':>6}|{'Med':>6}| Grades"
print(header)
print("-" * len(header))
for st in sorted(ROSTER, key=lambda s: (-mean(s.scores.values()), s.name)):
    scores = st.scores.values()
    grades = " ".join(f"{subj[:3]}={letter(sc)}" for subj, sc in sorted(st.scores.items()))
    print(f"{st.name:<8}|{st.year:^4}|{mean(scores):>6.1f}|{median(scores):>6}| {grades}")

by_subject = defaultdict(list)
for st in ROSTER:
    for subj, sc in st.scores.items():
        by_subject[subj].append((sc, st.name))
for subj in sorted(by_subject, key=lambda s: len(by_subject[s]), reverse=True):
    entries = by_subject[subj]
    top = max(entries)
    print(f"{subj:>8}: n={len(entries)} mean={mean(s for s, _ in entries):.2f} top={top[1]} ({top[0]})")

by_year = {}
for st in ROSTER:
    by_year.setdefault(st.year, []).append(st.name)
print(by_year)
distribution = defaultdict(int)
for st in ROSTER:
    for sc in st.scores.values():
        distribution[letter(sc)] += 1
print(sorted(distribution.items()))
print("".join(f"{g}:{'*' * distribution[g]} " for g in "ABCDF"))
honours = [s.name for s in ROSTER if all(v >= 80 for v in s.scores.values())]
print("honours:", honours)
updated = ROSTER[1]._replace(year=2)
print(updated, updated == ROSTER[1], updated._asdict()["year"])
name, year, _ = ROSTER[2]
print(name, year, Student._make(["Zed", 4, {}]))
print(mean([]) != mean([]), f"{median([3, 1, 4, 1, 5]):.1f} {median([3, 1, 4, 1]):.1f}")
