# Repeats of anchors, empty groups and lookarounds; possessive repeats; \N{name} escapes.
import re
for p in ['^*', '$*', r'\b*', r'\A+', '(?:)*', 'a{0}', '(?:$)*', '(a?)*?b', r'(?=a)*', '(|)*', 'a{1,2}+', '(?:a|b)*+c', r'\N{LATIN SMALL LETTER A}']:
    try:
        r = re.compile(p)
        print(p, [m.span() for m in r.finditer('aab')])
    except re.error as e:
        print(p, 'error', e)
for p in [r'\N{nope}', r'\N', r'\N{', r'\N{LATIN SMALL LETTER A', r'[\N{DIGIT ONE}-\N{DIGIT THREE}]+', r'\N{}', r'\N{latin small letter b}']:
    try: print(p, re.compile(p).findall('a123b'))
    except re.error as e: print(p, 'error', e)
