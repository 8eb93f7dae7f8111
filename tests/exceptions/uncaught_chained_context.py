# Ends with an uncaught exception raised while handling another (implicit chaining).
config = {"host": "localhost"}

def get_port():
    try:
        return config["port"]
    except KeyError:
        print("port missing, computing default")
        return int(config["host"])

print("looking up port")
for attempt in range(2):
    print("attempt", attempt)
    if attempt == 1:
        get_port()
print("never printed")
