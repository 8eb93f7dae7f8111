# textwrap: wrap/fill (greedy, hyphen and em-dash breaks, long words,
# indents), dedent and indent.
import textwrap

text = ("The well-known quick brown fox -- a rather long-winded animal -- jumps "
        "over the lazy dog; supercalifragilisticexpialidocious words get broken.")
for width in (10, 18, 30):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("  leading   spaces\tand\ttabs\n\nnewlines  ", 8))
print(textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.fill("short", 80))
print(textwrap.wrap("a b c", 3, drop_whitespace=False))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
wrapper = textwrap.TextWrapper(width=20, subsequent_indent="> ")
print(wrapper.wrap("wrapping with a reusable wrapper object that indents"))
doc = """
    def f():
        return 1

      tail
\t
"""
print(repr(textwrap.dedent(doc)))
print(repr(textwrap.dedent("\tx\n\ty\n")), repr(textwrap.dedent("  a\n\tb\n")))
print(textwrap.indent("one\n\ntwo\n", "> "))
print(textwrap.indent("one\n\ntwo", "+ ", lambda line: True))
