# An exception raised in finally replaces the one in flight; the program ends with it.
def cleanup_fails():
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")

try:
    cleanup_fails()
except RuntimeError as e:
    print("first time caught:", e, "| context:", repr(e.__context__))

print("second time, uncaught")
cleanup_fails()
