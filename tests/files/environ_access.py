import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_environ_access")


def cleanup(top):
    for root, dirs, files in list(os.walk(top, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(TMP)
os.makedirs(TMP)
try:
    os.environ["GARTER_TEST_VAR"] = "hello"
    print(os.environ["GARTER_TEST_VAR"], os.getenv("GARTER_TEST_VAR"))
    print("GARTER_TEST_VAR" in os.environ, "GARTER_NOPE_VAR" in os.environ)
    print(os.getenv("GARTER_NOPE_VAR"), os.getenv("GARTER_NOPE_VAR", "default"))
    print(os.environ.get("GARTER_NOPE_VAR", "dflt"))
    try:
        os.environ["GARTER_NOPE_VAR"]
    except KeyError as e:
        print("KeyError", e)
    del os.environ["GARTER_TEST_VAR"]
    print(os.getenv("GARTER_TEST_VAR"))
    print(isinstance(os.getpid(), int), os.getpid() > 0)
    print(type(os.environ.get("PATH")).__name__)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
