# Encoding lone surrogates to UTF-8 with every handler.
from helper_show import show

cases = ["\ud800", "a\ud800\udc00b", "\udfff\ud800x\ud801", "\udcff"]
for s in cases:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogatepass", "surrogateescape"]:
        show(errors, lambda: s.encode("utf-8", errors))
