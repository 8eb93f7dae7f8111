# loads of every JSON form
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E2', '1e-2',
        '2.5E+3', '0.1', '1e400', '-1e400', '123456789012345678901234567890',
        '-98765432109876543210', '""', '"abc"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
        '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800x"', '"\\ud800\\u0041"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
        '[]', '{}', '[1, 2, 3]', '{"a": 1, "b": [true, false, null]}',
        ' \t\n\r[ 1 , { "k" : "v" } ] \n', 'NaN', 'Infinity', '-Infinity',
        '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '"caf\xe9 \U0001f600"', '1.0', '10.25e2']
for d in docs:
    v = json.loads(d)
    print(ascii(d), "->", ascii(v), type(v).__name__)
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'"ba"')))
print(json.loads('{"\xe9": "\xe9"}'.encode("utf-8")))
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    print(enc, json.loads('{"k": [1, "\xe9"]}'.encode(enc)), json.loads('7'.encode(enc)))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'))
