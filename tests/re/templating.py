# Templating with sub: string templates and callbacks.
import re

values = {"name": "World", "count": 3, "item": "apple"}
template = "Hello, {{ name }}! You have {{count}} {{ item }}s. {{ missing }}"
print(re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: str(values.get(m.group(1), m.group(0))), template))

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second>-\g<first>", "one two three four"))
print(re.sub(r"a(b)?", r"[\g<0>|\1]", "ab a ab"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(re.subn(r"\s+", " ", "  lots   of\n\nspace  "))
print(re.sub(r"o", "0", "foo boo", count=2))
print(re.sub("", "-", "abc"))
print(re.sub(r"\d+", lambda m: "<%d>" % (int(m[0]) + 1), "v1.9.10"))

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

for n in ["CamelCase", "HTTPServerError", "getHTTPResponseCode", "already_snake"]:
    print(n, "->", camel_to_snake(n))
m = re.search(r"(?P<k>\w+)=(?P<v>\w+)", "key=value")
print(m.expand(r"\g<v>:\g<k> (\1/\2)"))
pat = re.compile(r"(\d+)")
print(pat.sub(r"#\1#", "a1b22"), pat.subn("N", "1 2 3", 2))
