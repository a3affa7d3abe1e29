import time
start = time.time()
total = 0
for i in range(10000):
    total += i
elapsed = time.time() - start
print(total)
print(elapsed >= 0, type(elapsed).__name__)
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0)
print(time.time() > 1600000000)
time.sleep(0)
m0 = time.monotonic()
print(time.monotonic() >= m0)
