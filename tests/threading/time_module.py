# The time module's clocks and sleep (values vary; only relations print).
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.monotonic_ns()
time.sleep(0.02)
print(time.monotonic() - m0 >= 0.015, time.perf_counter() - p0 >= 0.015)
print(time.monotonic_ns() - n0 >= 15_000_000)
print(abs(time.time() - t0 - 0.02) < 1.0, time.time() > 1_600_000_000)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(type(time.process_time()).__name__, time.process_time() >= 0)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic()).__name__)
time.sleep(0)
time.sleep(0.001)
time.sleep(False)
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
