import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_word_count")


def cleanup(top):
    for root, dirs, files in list(os.walk(top, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(TMP)
os.makedirs(TMP)
try:
    text = """the quick brown fox
    jumps over the lazy dog
    the end
    """
    path = os.path.join(TMP, "words.txt")
    with open(path, "w") as f:
        f.write(text)
    counts = {}
    with open(path) as f:
        for line in f:
            for word in line.split():
                counts[word] = counts.get(word, 0) + 1
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(word, n)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
