import random

random.seed(31337)

ARRIVAL_RATE = 0.9
SERVICE_RATE = 1.0
N = 200

clock = 0.0
arrivals = []
for _ in range(N):
    clock += random.expovariate(ARRIVAL_RATE)
    arrivals.append(clock)

server_free = 0.0
waits = []
for t in arrivals:
    start = max(t, server_free)
    waits.append(start - t)
    server_free = start + random.expovariate(SERVICE_RATE)

print(f"customers: {N}")
print(f"mean wait: {sum(waits) / N:.4f}")
print(f"max wait:  {max(waits):.4f}")
print(f"no wait:   {sum(1 for w in waits if w == 0)}")
print(f"finished at {server_free:.3f}")
