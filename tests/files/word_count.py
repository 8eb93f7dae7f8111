import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_word_count")
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
