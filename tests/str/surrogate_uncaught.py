# An uncaught exception whose message holds a lone surrogate: stderr
# shows it backslash-escaped.
import sys
print("start")
sys.stderr.write("to stderr \ud800\n")
raise ValueError("bad \udcff value")
