# every JSONDecodeError message, with its attributes
import json

docs = ['', ' ', 'x', '[', ']', '{', '}', '[1', '[1,', '[1 2]', '[1,]', '{"a"', '{"a" 1}',
        '{"a":', '{"a": 1', '{"a": 1,', '{"a": 1,}', '{a: 1}', "{'a': 1}", '{"a": 1 "b": 2}',
        '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\uXYZW"', '"\\ud800\\u12"',
        '"\\ud800\\uzzzz"', '"a\nb"', '"tab\there"', '"\x00"', '[1] [2]', '1 2', 'nul', 'tru',
        'fals', 'nan', 'inf', '-', '-x', '+1', '01', '1.', '.5', '1e', '1e+', '0x10',
        '[1,\n 2,\n oops]', '{\n  "a": 1,\n  "b": \n}', 'True', 'None', '\ufeff[]',
        '[1, 2, 3]\n\nextra', '{"a": [1, {"b": }]}', '"\\', '"\\u']
for d in docs:
    try:
        json.loads(d)
        print(ascii(d), "no error")
    except json.JSONDecodeError as e:
        print(ascii(d), type(e).__name__, e)
        print("   ", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == d, isinstance(e, ValueError))
print(json.loads('"a\tb\nc"', strict=False) == "a\tb\nc")
print(ascii(json.JSONDecoder(strict=False).decode('["\x00\x1f"]')))
try:
    json.loads('"\x01"', strict=True)
except ValueError as e:
    print(type(e).__name__, e, e.args)
for bad in [1, None, [], 1.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
e = json.JSONDecodeError("Custom", "line1\nline2\nline3", 9)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
print(json.JSONDecodeError.__mro__[1].__name__)
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError)
try:
    json.loads('"\\ud800"\n[1,2', )
except ValueError as e:
    print(e)
