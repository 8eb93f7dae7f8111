# array('u') items are code points: lone surrogates go in and come out
# as themselves.
from array import array

a = array('u', 'a\ud800\udfff')
print(a.tobytes(), ascii(a.tounicode()), ascii(a[1]), len(a))
a.append('\udc80')
a.fromunicode('\ud801')
print(a.tobytes(), ascii(a.tounicode()), ascii(list(a)))
b = array('u', b'\x00\xd8\x00\x00')
print(ascii(b[0]), ascii(b.tounicode()), b == array('u', '\ud800'))
a[0] = '\udcff'
print(ascii(a.tounicode()), a.index('\udcff'), a.count('\ud800'), '\udfff' in a)
