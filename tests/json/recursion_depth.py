# very deep nesting raises RecursionError instead of crashing
import json

for depth in [10, 100]:
    s = "[" * depth + "]" * depth
    v = json.loads(s)
    print(depth, json.dumps(v) == s)

for text in ["[" * 100000 + "]" * 100000, '{"a":' * 100000 + "1" + "}" * 100000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print(type(e).__name__, e)

deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    json.dumps(deep, indent=1)
except RecursionError as e:
    print(type(e).__name__)

d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    json.dumps(d)
except RecursionError as e:
    print(type(e).__name__, e)

class Forever:
    pass

try:
    json.dumps(Forever(), default=lambda o: [Forever()])
except RecursionError as e:
    print(type(e).__name__)
print("still alive")
