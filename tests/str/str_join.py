# join with strings, generators and errors
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), ", ".join([]), "+".join(["solo"]))
print(" ".join(str(i) for i in range(5)), "\n".join(("l1", "l2")), "é".join("ab"), "ab".join({"x": 1, "y": 2}))
print("".join(map(str, [1, 2, 3])), "..".join(["", "", ""]))
for f in (lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5), lambda: ",".join("a", "b")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
