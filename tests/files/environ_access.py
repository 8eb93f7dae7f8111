import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_environ_access")
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
