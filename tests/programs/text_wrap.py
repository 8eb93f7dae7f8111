TEXT = ("Call me Ishmael. Some years ago - never mind how long precisely - having little or no money "
        "in my purse, and nothing particular to interest me on shore, I thought I would sail about a "
        "little and see the watery part of the world. It is a way I have of driving off the spleen "
        "and regulating the circulation.")


def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(" ".join(line))
                line, length = [], 0
            lines.append(word[:width])
            word = word[width:]
        extra = len(word) + (1 if line else 0)
        if length + extra > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(" ".join(line))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def boxed(lines, title=""):
    width = max(map(len, lines + [title]))
    top = "+" + (f" {title} " if title else "").center(width + 2, "-") + "+"
    body = [f"| {l:<{width}} |" for l in lines]
    return "\n".join([top, *body, "+" + "-" * (width + 2) + "+"])


for width in (30, 45):
    lines = wrap(TEXT, width)
    print(boxed(lines, f"width {width}"))
    print()
just = wrap(TEXT, 36)
for l in just[:-1]:
    print("|" + justify(l, 36) + "|")
print("|" + just[-1].ljust(36) + "|")
print(wrap("supercalifragilisticexpialidocious is long", 10))
cols = wrap(TEXT, 24)
half = (len(cols) + 1) // 2
for left, right in zip(cols[:half], cols[half:] + [""]):
    print(f"{left:<24}   {right}")
print(max(TEXT.split(), key=len), len(TEXT), TEXT.count(" ") + 1)
print("\n".join(f"{i:>3}: {l}" for i, l in enumerate(wrap(TEXT.upper(), 60), 1)))
