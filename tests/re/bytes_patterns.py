# Bytes patterns: matching, groups, sub with templates and callbacks, type mismatches.
import re
p = re.compile(rb'(?P<k>\w+)=(\d+)')
print(p, p.flags, p.groups, p.groupindex)
m = p.search(b'xx key=42 yy')
print(m, m.group(), m['k'], m.groups(), m.groupdict(), m.span(2))
print(p.findall(b'a=1 b=2'), re.findall(rb'\d', b'1\xe92'), re.findall(rb'\w', b'a\xe9'))
print(re.sub(rb'(\w+)=(\d+)', rb'\2=\1', b'a=1, b=2'), re.sub(rb'a', lambda m: b'<' + m[0] + b'>', b'banana'))
print(re.split(rb',\s*', b'a, b,c'), re.subn(rb'x', b'\\n', b'axbx'))
print(re.match(rb'(?i)abc', b'ABC'), re.escape(b'a.b'), re.compile(rb'a', re.I))
print(re.search(rb'b', bytearray(b'abc')), re.fullmatch(rb'\xff+', b'\xff\xff'))
for bad in [lambda: re.search(rb'a', 'a'), lambda: re.search('a', b'a'), lambda: re.compile(rb'a', re.U),
            lambda: re.sub(rb'a', 'x', b'a'), lambda: re.compile(rb'(a')]:
    try:
        bad()
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)
