# Comparisons, containment and ordering by code point
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", "😀" > "日")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "a")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "äpple", "10", "9", ""]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]), min("日本語"))
print("ell" in "hello", "" in "abc", "" in "", "x" not in "abc", "lo w" in "hello world")
for f in (lambda: 1 in "abc", lambda: "a" < 1, lambda: None in "abc"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("a" == 97, ord("a") == 97, "1" == 1)
