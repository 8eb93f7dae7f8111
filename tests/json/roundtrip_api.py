# realistic API payloads: build, dump, load, compare
import json

payload = {
    "data": [
        {"id": i, "type": "article", "attributes": {
            "title": f"Post number {i}", "score": i * 1.25, "published": i % 2 == 0,
            "tags": ["json", "python"][: i % 3], "author": None if i % 4 == 0 else {"name": "W\xfcrth", "karma": -i}}}
        for i in range(6)
    ],
    "meta": {"total": 6, "page": {"size": 10, "number": 1}, "ratio": 1 / 3, "big": 2**63 + 1},
    "links": {"self": "https://example.com/api/posts?page[number]=1", "next": None},
}
text = json.dumps(payload)
print(text)
back = json.loads(text)
print(back == payload)
pretty = json.dumps(payload, indent=4, sort_keys=True, ensure_ascii=False)
print(pretty)
print(json.loads(pretty) == payload)
compact = json.dumps(payload, separators=(",", ":"))
print(len(compact), len(text), len(pretty))
print(json.loads(compact) == payload)
tup = {"pair": (1, 2), "nested": ((1,), [()])}
print(json.dumps(tup), json.loads(json.dumps(tup)))
