# A tiny Markdown-to-HTML converter built from re.sub calls.
import re

def inline(text):
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<!\*)\*(?!\*)(.+?)\*", r"<i>\1</i>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', text)
    return text

def convert(md):
    out = []
    for block in re.split(r"\n\s*\n", md.strip()):
        h = re.match(r"(#{1,6})\s+(.*)", block)
        if h:
            n = len(h.group(1))
            out.append("<h%d>%s</h%d>" % (n, inline(h.group(2)), n))
        elif re.match(r"^[-*] ", block, re.M):
            items = re.findall(r"^[-*] (.*)$", block, re.M)
            out.append("<ul>" + "".join("<li>%s</li>" % inline(i) for i in items) + "</ul>")
        else:
            out.append("<p>%s</p>" % inline(re.sub(r"\s*\n\s*", " ", block)))
    return "\n".join(out)

print(convert("""
# Title with `code`

Some **bold** and *italic* text
over two lines with a [link](http://x.org).

- first *item*
- second **item**
* third

## Sub
"""))
words = re.findall(r"[A-Za-z']+", "It's a truth universally acknowledged, that a single man")
print(len(words), words[:4], max(words, key=len))
print(re.sub(r"\s+", " ", "  collapse \n\t these   spaces ").strip())
