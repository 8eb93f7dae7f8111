import string
from collections import Counter

POEM = """Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could"""

lines = POEM.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(string.punctuation).lower() for w in POEM.split()]
print(Counter(words).most_common(3))
print(max(words, key=len), sorted(set(words))[:5])
vowels = sum(ch in "aeiou" for ch in POEM.lower())
print("vowels:", vowels, "ratio: {:.3f}".format(vowels / len(POEM)))
caps = [l.split()[0] for l in lines]
print(caps, " ".join(w.capitalize() for w in words[:4]))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, string.ascii_lowercase[:5], string.digits, string.capwords("hello  world"))
print("{:=^30}".format(" TITLE "), "{:*<10}{:->10}".format("L", "R"))
table = [("alice", 93.5), ("bob", 8.25), ("carol", 100)]
for name, score in table:
    print(f"{name.title():<8}{score:>8.1f}{'*' * int(score // 20)}")
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
secret = "attack at dawn".translate(caesar)
print(secret, secret.translate({ord(c): None for c in "aeiou"}))
print("%(name)s scored %(score)05.1f" % {"name": "dan", "score": 7.25})
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join(["1", "2"]).encode())
rows = ["id,name,qty", "1,apple,3", "2,pear,10"]
header, *body = [r.split(",") for r in rows]
records = [dict(zip(header, r)) for r in body]
print(records, sum(int(r["qty"]) for r in records))
print(sorted(records, key=lambda r: int(r["qty"]), reverse=True)[0]["name"])
print("abc".encode("utf-16-le"), "naïve".encode("ascii", errors="replace"), len("naïve".encode()))
tmpl = string.Template("$who likes $what")
print(tmpl.substitute(who="tim", what="kung pao"), tmpl.safe_substitute(who="x"))
try:
    tmpl.substitute(who="y")
except KeyError as e:
    print(type(e).__name__, e)
print(str.isidentifier("abc_1"), "1abc".isidentifier(), "  ".isspace(), "ǅ".istitle())
print(repr("tab\t\x00\u2603"), "\N{GREEK SMALL LETTER ALPHA}", len("😀"), "😀".encode())
