#!/usr/bin/env python3
"""Throws mutated standard-library files at `garter --parse-only`.

Each mutant is a real stdlib file with a few random edits: bytes deleted,
inserted (brackets, quotes, keywords, backslashes, tabs, random bytes),
lines duplicated, swapped, indented or truncated. Garter must answer every
mutant with exit status 0 (parsed) or 1 (syntax error): any other status,
a Rust panic message, or a run past the time limit is a failure. Failing
mutants are saved for reproduction.

    scripts/fuzz-mutate.py --count 10000 --garter "$(scripts/garter_binary.py release)"
"""

import argparse
import os
import random
import subprocess
import sys
import sysconfig
import tempfile

from garter_binary import binary

FRAGMENTS = [
    b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b".", b"=", b"*", b"**",
    b"'", b'"', b'"""', b"'''", b"\\", b"\n", b"\r", b"\t", b" ", b"    ",
    b"#", b"@", b"->", b":=", b"...", b"f'{", b"}", b"{{", b"!r", b"rb'",
    b"lambda", b"if ", b"else", b"for ", b" in ", b"async ", b"await ",
    b"yield ", b"match ", b"case ", b"_", b"with (", b"try:", b"except*",
    b"def f(", b"class C", b"return", b"global x", b"nonlocal x", b"0x",
    b"1_", b"1e", b"0o8", b"j", b"\\N{", b"\\x", b"\\u12", b"\xff", b"\x00",
    b"\xe2\x82\xac", b"\xc2\xa0", b"\x0c",
]


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != "site-packages"]
        for name in names:
            if name.endswith(".py"):
                yield os.path.join(folder, name)


def mutate(data, rng):
    """A few (one to five) random edits of `data`."""
    for _ in range(rng.randint(1, 5)):
        data = mutate_once(data, rng)
    return data


def mutate_once(data, rng):
    """One random edit of `data`: bytes deleted, inserted or replaced, or
    lines duplicated, swapped, indented or truncated."""
    data = bytearray(data)
    kind = rng.randrange(8)
    pos = rng.randint(0, len(data))
    if kind == 0:
        del data[pos:pos + rng.randint(1, 20)]
    elif kind == 1:
        data[pos:pos] = rng.choice(FRAGMENTS)
    elif kind == 2:
        data[pos:pos] = bytes([rng.randrange(256)])
    elif kind == 3 and data:
        data[min(pos, len(data) - 1)] = rng.randrange(256)
    else:
        lines = bytes(data).split(b"\n")
        i = rng.randrange(len(lines))
        j = rng.randrange(len(lines))
        if kind == 4:
            lines.insert(i, lines[j])
        elif kind == 5:
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 6:
            lines[i] = rng.choice([b" ", b"\t", b"    "]) + lines[i]
        else:
            lines = lines[:i + 1]
        data = bytearray(b"\n".join(lines))
    return bytes(data)


def run(garter, paths, timeout):
    """Returns None when garter handled every path, else why not."""
    try:
        proc = subprocess.run(
            [garter, "--parse-only", *paths],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return "timed out"
    if proc.returncode not in (0, 1):
        return f"exit status {proc.returncode}"
    if b"panicked" in proc.stderr:
        return "panicked"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--garter", default=binary("release"))
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--save", default="fuzz/artifacts/mutate")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sources = sorted(stdlib_files())
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        done = 0
        while done < args.count:
            batch = []
            for i in range(min(args.batch, args.count - done)):
                path = os.path.join(tmp, f"m{i}.py")
                with open(rng.choice(sources), "rb") as f:
                    original = f.read()
                with open(path, "wb") as f:
                    f.write(mutate(original, rng))
                batch.append(path)
            if run(args.garter, batch, args.timeout) is not None:
                for path in batch:
                    why = run(args.garter, [path], args.timeout)
                    if why is None:
                        continue
                    failures += 1
                    os.makedirs(args.save, exist_ok=True)
                    kept = os.path.join(args.save, f"seed{args.seed}-{done}-{os.path.basename(path)}")
                    with open(path, "rb") as src, open(kept, "wb") as dst:
                        dst.write(src.read())
                    print(f"FAIL ({why}): {kept}")
            done += len(batch)
            print(f"{done} mutants, {failures} failures", file=sys.stderr)
    print(f"{args.count} mutants, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
