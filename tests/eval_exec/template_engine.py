# A tiny template engine that compiles templates to Python functions with exec.

class Template:
    def __init__(self, text):
        self.text = text
        self.source = self._translate(text)
        namespace = {}
        exec(compile(self.source, "<template>", "exec"), namespace)
        self.render_function = namespace["render"]

    @staticmethod
    def _split(text):
        parts = []
        i = 0
        while i < len(text):
            start = text.find("{", i)
            if start == -1 or start + 1 >= len(text) or text[start + 1] not in "{%":
                end = len(text) if start == -1 else start + 1
                parts.append(("text", text[i:end]))
                i = end
                continue
            if start > i:
                parts.append(("text", text[i:start]))
            closer = "}}" if text[start + 1] == "{" else "%}"
            stop = text.index(closer, start + 2)
            kind = "expr" if closer == "}}" else "stmt"
            parts.append((kind, text[start + 2:stop].strip()))
            i = stop + 2
        return parts

    def _translate(self, text):
        lines = ["def render(context):", "    out = []", "    locals().update(context)"]
        indent = 1
        for kind, value in self._split(text):
            pad = "    " * indent
            if kind == "text":
                lines.append(f"{pad}out.append({value!r})")
            elif kind == "expr":
                lines.append(f"{pad}out.append(str(eval({value!r}, globals(), context)))")
            elif value.startswith("for "):
                var, _, seq = value[4:].partition(" in ")
                lines.append(f"{pad}for context[{var.strip()!r}] in eval({seq.strip()!r}, globals(), context):")
                indent += 1
            elif value.startswith("if "):
                lines.append(f"{pad}if eval({value[3:].strip()!r}, globals(), context):")
                indent += 1
            elif value in ("endfor", "endif"):
                indent -= 1
        lines.append("    return ''.join(out)")
        return "\n".join(lines) + "\n"

    def render(self, **context):
        return self.render_function(dict(context))


page = Template(
    "Hello {{ name.title() }}!\n"
    "{% for item in items %}- {{ item }} ({{ len(item) }})\n{% endfor %}"
    "{% if admin %}You are an admin.{% endif %}"
)
print(page.render(name="ada lovelace", items=["engine", "notes"], admin=True))
print(page.render(name="bob", items=[], admin=False))
print(page.source.count("\n"), page.render_function.__name__)
try:
    Template("{{ 1 + }}").render()
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    Template("{{ missing }}").render()
except NameError as e:
    print(type(e).__name__, e)
