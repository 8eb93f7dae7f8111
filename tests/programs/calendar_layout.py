MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday(year, month, day):
    """Zeller-like: 0 = Monday."""
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    y = year - (month < 3)
    return (y + y // 4 - y // 100 + y // 400 + t[month - 1] + day - 1) % 7


def month_grid(year, month):
    first = weekday(year, month, 1)
    cells = [None] * first + list(range(1, days_in_month(year, month) + 1))
    while len(cells) % 7:
        cells.append(None)
    return [cells[i:i + 7] for i in range(0, len(cells), 7)]


def render_month(year, month):
    lines = [f"{MONTHS[month - 1]} {year}".center(20).rstrip(), " ".join(DAYS)]
    for week in month_grid(year, month):
        lines.append(" ".join("  " if d is None else f"{d:2}" for d in week).rstrip())
    return lines


def side_by_side(blocks, gap=3):
    height = max(map(len, blocks))
    out = []
    for row in range(height):
        parts = [(b[row] if row < len(b) else "").ljust(20) for b in blocks]
        out.append((" " * gap).join(parts).rstrip())
    return "\n".join(out)


print("\n".join(render_month(2024, 2)))
print()
print(side_by_side([render_month(2023, m) for m in (1, 2, 3)]))
print()
print([y for y in range(1896, 1913) if is_leap(y)], is_leap(2000), is_leap(2100))
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
names = dict(zip(range(7), ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
for y, m, d in [(1969, 7, 20), (2000, 1, 1), (2024, 12, 25), (1900, 3, 1)]:
    print(f"{y:04d}-{m:02d}-{d:02d} is a {names[weekday(y, m, d)]}")
friday13 = [(y, MONTHS[m - 1][:3]) for y in (2026,) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(friday13)


def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d


print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1), divmod(day_of_year(2024, 7, 4), 7))
