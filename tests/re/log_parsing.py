# Parse web-server log lines with named groups and aggregate them.
import re

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 12
10.0.0.5 - bob [10/Oct/2023:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 87
192.168.1.20 - - [10/Oct/2023:14:01:12 +0000] "GET /static/app.js HTTP/2.0" 304 0
garbage line here
10.0.0.7 - - [10/Oct/2023:14:02:44 +0000] "DELETE /api/items/42 HTTP/1.1" 500 154
"""

LINE = re.compile(
    r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})   # client address
    \s+-\s+(?P<user>\S+)\s+           # ident and user
    \[(?P<when>[^\]]+)\]\s+           # timestamp
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]*"\s+
    (?P<status>\d{3})\s(?P<size>\d+)$
    """,
    re.VERBOSE,
)

counts = {}
bytes_sent = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print("unparsed:", repr(line))
        continue
    d = m.groupdict()
    counts[d["status"]] = counts.get(d["status"], 0) + 1
    bytes_sent += int(d["size"])
    print(m.group("ip", "method", "status"), m.span("path"), m["user"])
print(sorted(counts.items()), bytes_sent)
print(LINE.groups, sorted(LINE.groupindex.items()))
errors = [m.group("path") for m in map(LINE.match, LOG.splitlines()) if m and m["status"].startswith("5")]
print(errors)
times = re.findall(r"\[(\d+)/(\w+)/(\d+):(\d\d):(\d\d):(\d\d)", LOG)
print(times[:2], len(times))
