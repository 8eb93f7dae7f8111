#!/usr/bin/env python3
"""Where cargo put the `garter` binary, and CPython's real executable.

.cargo/config.toml names the host's target, so cargo builds into
target/<host triple>/<profile>/ (or $CARGO_TARGET_DIR/<triple>/...);
this finds the binary there, falling back to target/<profile>/.

Usage: scripts/garter_binary.py [release|debug]   (prints the path)
       from garter_binary import binary           (from other scripts)
       from garter_binary import real_python
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary(profile="release"):
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    found = sorted(glob.glob(os.path.join(target, "*", profile, "garter")))
    if found:
        return max(found, key=os.path.getmtime)
    return os.path.join(target, profile, "garter")


def real_python():
    """The executable python3 resolves to (`python3` may be a wrapper), so
    that -S is honoured directly and nothing else is timed."""
    out = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


if __name__ == "__main__":
    print(binary(sys.argv[1] if len(sys.argv) > 1 else "release"))
