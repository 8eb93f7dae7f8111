# a configuration file: pretty printed, edited, reloaded
import json

text = """
{
    "version": 3,
    "name": "my-service",
    "debug": false,
    "listen": ["0.0.0.0:80", "[::]:80"],
    "timeouts": {"connect": 1.5, "read": 30, "write": 30.0},
    "features": {
        "cache": {"enabled": true, "ttl": 3600, "backend": null},
        "search": {"enabled": false}
    },
    "motd": "Welcome!\\nHave a \\"nice\\" day \\u263a",
    "weights": [0.1, 0.2, 0.30000000000000004, 1e-10, 1.7976931348623157e308, 5e-324]
}
"""
cfg = json.loads(text)
print(cfg)
print(cfg["motd"].encode("unicode_escape"))
cfg["version"] += 1
cfg["features"]["search"]["enabled"] = True
cfg["listen"].append("127.0.0.1:8080")
del cfg["timeouts"]["write"]
out = json.dumps(cfg, indent=4)
print(out)
print(json.loads(out) == cfg)
print(json.dumps(cfg, indent=2, sort_keys=True, separators=(",", ": ")))
