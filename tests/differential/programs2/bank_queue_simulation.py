import random

random.seed(12345)

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    def __repr__(self):
        return f"Customer({self.cid}, arr={self.arrival}, svc={self.service})"

class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []

    def free_at(self, t):
        return self.busy_until <= t

customers = []
t = 0
for i in range(20):
    t += random.randint(0, 4)
    customers.append(Customer(i, t, random.randint(2, 9)))

tellers = [Teller("A"), Teller("B"), Teller("C")]
queue = []
clock = 0
pending = list(customers)
max_queue = 0
while pending or queue or any(not tl.free_at(clock) for tl in tellers):
    while pending and pending[0].arrival <= clock:
        queue.append(pending.pop(0))
    for tl in tellers:
        if tl.free_at(clock) and queue:
            c = queue.pop(0)
            c.start = clock
            tl.busy_until = clock + c.service
            tl.served.append(c.cid)
    max_queue = max(max_queue, len(queue))
    clock += 1

waits = [c.start - c.arrival for c in customers]
print("first customers:", customers[:3])
print("finish clock:", clock)
print("max queue length:", max_queue)
print("waits:", waits)
print(f"avg wait: {sum(waits) / len(waits):.2f}")
print("longest wait:", max(waits), "by", waits.index(max(waits)))
for tl in tellers:
    print(f"teller {tl.name}: {len(tl.served):2d} served -> {tl.served}")
hist = {}
for w in waits:
    hist[w // 3] = hist.get(w // 3, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket * 3:2d}-{bucket * 3 + 2:2d} {'*' * hist[bucket]}")
