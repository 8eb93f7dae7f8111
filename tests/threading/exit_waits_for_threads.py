# The program ends only after its non-daemon threads, even through
# sys.exit(); daemon threads are dropped.
import sys
import threading
import time


def worker(n):
    time.sleep(0.02 * n)
    print(f"worker {n} done")


def forever():
    while True:
        time.sleep(0.01)


for n in (1, 2):
    threading.Thread(target=worker, args=(n,)).start()
threading.Thread(target=forever, daemon=True).start()
print("main exiting")
sys.exit(0)
