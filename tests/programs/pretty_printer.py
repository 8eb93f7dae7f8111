def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN is not allowed")
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + dumps(x, indent, level + 1, sort_keys) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{pad}{escape(k)}: {dumps(obj[k], indent, level + 1, sort_keys)}")
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def parse(text):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1

    def value():
        nonlocal pos
        ws()
        c = text[pos]
        if c == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"colon expected at {pos}"
                pos += 1
                result[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return result
        if c == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                sep = text[pos]
                pos += 1
                if sep == "]":
                    return result
        if c == '"':
            end = pos + 1
            buf = ""
            while text[end] != '"':
                if text[end] == "\\":
                    end += 1
                    buf += {"n": "\n", '"': '"', "\\": "\\"}[text[end]]
                else:
                    buf += text[end]
                end += 1
            pos = end + 1
            return buf
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)

    return value()


data = {"name": "Widget \"Pro\"", "tags": ["a", "b\nc"], "price": 12.5, "stock": None,
        "active": True, "dims": {"w": 3, "h": 4.25, "extra": []}, "ratio": 1e-7, "big": 2 ** 70}
text = dumps(data)
print(text)
print(dumps(data, indent=4, sort_keys=True)[:80])
back = parse(text)
print(back == data, back)
print(dumps([1, [2, [3, {}]]], indent=1))
for bad in [{1: 2}, {"s": {1, 2}}, [float("nan")]]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
try:
    parse('{"a" 1}')
except AssertionError as e:
    print("AssertionError:", e)
try:
    parse('"\\q"')
except KeyError as e:
    print("KeyError:", e)
