"""Text wrapping and filling (Garter's textwrap: wrap, fill, dedent, indent)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word_char(c) and not c.isdigit()


def _ends_word(c):
    """Whether `c` may end the word before an em-dash."""
    return _is_word_char(c) or c in "!\"'&.,?"


def _letter_at(word, i):
    return 0 <= i < len(word) and _is_letter(word[i])


def _hyphen_breaks(word, i):
    """Whether a line may break after the hyphen at `i`: letters on both
    sides (two before it, or a letter-hyphen-letter before it), and a
    letter, optionally a hyphen, and a letter after it."""
    before = (_letter_at(word, i - 2) and _letter_at(word, i - 1)) or (
        _letter_at(word, i - 1) and i >= 2 and word[i - 2] == "-"
        and _letter_at(word, i - 3))
    if not before or not _letter_at(word, i + 1):
        return False
    return _letter_at(word, i + 2) or (
        i + 2 < len(word) and word[i + 2] == "-" and _letter_at(word, i + 3))


def _split_hyphenated(word):
    """Split a word at its hyphens and around its em-dashes (runs of two or
    more hyphens between words)."""
    parts = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        if word[i] != "-":
            i += 1
            continue
        run_end = i
        while run_end < n and word[run_end] == "-":
            run_end += 1
        if (run_end - i >= 2 and i > 0 and _ends_word(word[i - 1])
                and run_end < n and _is_word_char(word[run_end])):
            if i > start:
                parts.append(word[start:i])
            parts.append(word[i:run_end])
            start = i = run_end
            continue
        if _hyphen_breaks(word, i):
            parts.append(word[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        parts.append(word[start:])
    return parts


class TextWrapper:
    """Wraps paragraphs to a width, greedily, as textwrap.TextWrapper does."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _WHITESPACE else c for c in text)
        chunks = []
        i = 0
        while i < len(text):
            j = i
            space = text[i].isspace()
            while j < len(text) and text[j].isspace() == space:
                j += 1
            piece = text[i:j]
            if space or not self.break_on_hyphens:
                chunks.append(piece)
            else:
                chunks.extend(_split_hyphenated(piece))
            i = j
        return chunks

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def wrap(self, text):
        """The lines of `text` wrapped to the width, without newlines."""
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        chunks = self._chunks(text)
        chunks.reverse()
        lines = []
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                lines.append(indent + "".join(cur_line))
        return lines

    def fill(self, text):
        """`text` wrapped to the width, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def dedent(text):
    """Remove the whitespace every non-blank line starts with."""
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        else:
            n = 0
            while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    out = []
    for line in lines:
        if not line.lstrip(" \t"):
            out.append("")
        else:
            out.append(line[len(margin):] if margin else line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` that `predicate` accepts
    (by default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(keepends=True))
