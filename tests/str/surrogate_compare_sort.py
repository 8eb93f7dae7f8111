# Strings with lone surrogates compare and sort by code point.
items = ["\ue000", "\ud800", "\uffff", "\U00010000", "\ud7ff", "\udfff", "a", "\udc00", "\ud800a", "\ud800\ud800"]
print(ascii(sorted(items)))
print(ascii(sorted(items, reverse=True)))
print(ascii(min(items)), ascii(max(items)))
print("\ud800" < "\ue000", "\ud800" < "\U00010000", "\udfff" > "\ud7ff", "\ud800" <= "\ud800", "\ud800" == "\ud800")
print("\ud800" != "\udc00", "a\ud800" < "a\ue000", "a\ud800" > "a", sorted([("\ue000", 1), ("\ud800", 2)]) == [("\ud800", 2), ("\ue000", 1)])
d = {"\ud800": 1, "\udc00": 2}
print(d["\ud800"], d.get("\udc00"), len({"\ud800", "\ud800", "\udfff"}), hash("\ud800") == hash(chr(0xd800)))
