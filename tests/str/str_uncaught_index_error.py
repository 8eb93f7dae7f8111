# str.index failure left uncaught after some output
text = "hello world"
print(text.index("o"), text.index("world"))
print(text.index("xyz"))
