# An uncaught exception in the main thread still lets the other threads
# finish before the program ends.
import threading
import time


def worker():
    time.sleep(0.02)
    print("worker finished after main failed")


threading.Thread(target=worker).start()
print("main about to fail")
raise KeyError("main failed")
