# Dict work: word counts over generated text with str keys, then int-keyed histograms.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def make_text(n):
    out = []
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        w = WORDS[state % len(WORDS)]
        if state % 7 == 0:
            w = w + str(state % 50)
        out.append(w)
    return out


words = make_text(1200000)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
by_len = {}
for w, c in counts.items():
    by_len[len(w)] = by_len.get(len(w), 0) + c
hist = {}
for i in range(1500000):
    k = (i * 2654435761) % 4099
    if k in hist:
        hist[k] += 1
    else:
        hist[k] = 1
for k in list(hist):
    if k % 3 == 0:
        del hist[k]
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("dict_wordcount", len(counts), top, sorted(by_len.items()), len(hist), sum(hist.values()))
