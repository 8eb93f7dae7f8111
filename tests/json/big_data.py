# a big document: dump and load stay exact
import json

rows = [{"id": i, "name": "row-%d" % i, "value": i * 0.5, "flags": [i % 2 == 0, None],
         "text": "\u00e9\U0001f600" * (i % 3)} for i in range(20000)]
text = json.dumps(rows)
print(len(text))
back = json.loads(text)
print(back == rows, len(back))
pretty = json.dumps(rows[:3], indent=1, ensure_ascii=False)
print(pretty)
print(sum(r["value"] for r in json.loads(json.dumps(rows, separators=(",", ":")))))
