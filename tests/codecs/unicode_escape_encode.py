# unicode_escape from text: which characters are escaped, and how.
for s in ["plain", "tab\there\nnl\rcr", "back\\slash 'q' \"dq\"", "\x00\x1f\x7f\x80\xff", "\u0100\u20ac\ud800",
          "\U0001f600\U000e0001", ""]:
    b = s.encode("unicode_escape")
    print(b, b.decode("unicode_escape") == s)
