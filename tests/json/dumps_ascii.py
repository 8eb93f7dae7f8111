# ensure_ascii on and off, escapes, surrogate pairs
import json

texts = ["caf\xe9", "\u20ac", "\U0001f600", "\U00010000", "\U0010ffff", "mixed \u00e9\U0001f40d\u4e2d",
         "\ud800", "\udfff", "\x7f\x80\x9f", "\u2028\u2029", "</script>", "/"]
for t in texts:
    print(ascii(t), json.dumps(t), ascii(json.dumps(t, ensure_ascii=False)))
print(json.dumps({"\xe9": "\xe9"}))
print(ascii(json.dumps({"\xe9": "\xe9"}, ensure_ascii=False)))
print(json.encoder.encode_basestring_ascii("a\xe9\"b"))
print(ascii(json.encoder.encode_basestring("a\xe9\"b\n")))
for t in texts:
    assert json.loads(json.dumps(t)) == t
    assert json.loads(json.dumps(t, ensure_ascii=False)) == t
print("round trips ok")
