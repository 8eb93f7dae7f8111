data = {"x": 1}
try:
    data["y"]
except KeyError:
    print(undefined_name)
