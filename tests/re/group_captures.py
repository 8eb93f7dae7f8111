# Group captures through repeats and backtracking, Unicode case folding, inline-flag errors.
import re
tests = [
    (r'(a*)*b', 'aab'), (r'(a*)+b', 'aab'), (r'(a|b)*?c', 'abc'), (r'(?:a{2}){2}', 'aaaaa'),
    (r'(a+?)(a*)', 'aaa'), (r'(.)*', 'abc'), (r'(?:(a)|(b))+', 'ab'), (r'(a)?(b)?c', 'bc'),
    (r'((a)|(b))*', 'ab'), (r'(a+)+$', 'aaa'), (r'x(?=(y))?', 'xy'), (r'(?:x|(y))*z', 'xyxz'),
    (r'(a)(?:b|(c))*', 'abcb'), (r'(\w+?)(\d*)$', 'abc123'), (r'^(?:(\d)|x)*$', '1x2x'),
    (r'(?P<a>a)(?(a)b|c)', 'ab'), (r'[^\n]*', 'ab\ncd'), (r'(?i)Ǆ', 'ǅ'), (r'(?i)ß', 'ẞ'),
    (r'(?i)[ß]', 'ẞ'), (r'(?i)\u0130', 'i'), (r'(?i)i', '\u0131'), (r'(?i)ſ', 'S'), (r'(?i)[k]', 'K'),
    (r'\d+?$', '12\n'), (r'a|b|', 'c'), (r'(|a)+', 'aa'), (r'(a|)*?b', 'aab'), (r'(?:a|())*b', 'ab'),
]
for p, s in tests:
    m = re.search(p, s)
    print(p, repr(s), m and (m.span(), m.groups(), m.lastindex))
for p in [r'(?i-i:a)', r'(?-i)a', r'(?i', r'(?a-u:x)', r'(?u)x', r'a{,}', r'a{1,2}{3}', r'(?<=a|bc)', r'\8', r'[\8]', r'\08', r'(?P<a>)(?P=a)', r'(?P>a)', r'a|*']:
    try:
        print(p, re.compile(p).flags)
    except re.error as e:
        print(p, 'error', e)
