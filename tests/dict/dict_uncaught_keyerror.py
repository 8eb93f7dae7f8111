# A KeyError that escapes the program: output so far, then exit status 1
config = {"host": "localhost", "port": 8080}
print("host", config["host"])
print("port", config["port"])
print("user", config["user"])
print("never printed")
