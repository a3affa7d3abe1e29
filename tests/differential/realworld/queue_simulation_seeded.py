import random

random.seed(2024)


class Customer:
    ids = 0

    def __init__(self, arrival, service):
        Customer.ids += 1
        self.id = Customer.ids
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return None if self.start is None else self.start - self.arrival

    def __repr__(self):
        return f"C{self.id}(a={self.arrival},s={self.service},w={self.wait})"


def simulate(n_customers, n_servers):
    t = 0
    arrivals = []
    for _ in range(n_customers):
        t += random.randint(0, 4)
        arrivals.append(Customer(t, random.randint(1, 6)))
    free_at = [0] * n_servers
    served_by = {i: [] for i in range(n_servers)}
    for c in arrivals:
        server = min(range(n_servers), key=lambda i: (free_at[i], i))
        c.start = max(c.arrival, free_at[server])
        free_at[server] = c.start + c.service
        served_by[server].append(c.id)
    return arrivals, free_at, served_by


for servers in (1, 2, 3):
    Customer.ids = 0
    random.seed(7)
    customers, free_at, served_by = simulate(12, servers)
    waits = [c.wait for c in customers]
    print(f"servers={servers} total_wait={sum(waits)} max_wait={max(waits)} avg={sum(waits) / len(waits):.2f} end={max(free_at)}")
    print("   ", {k: v for k, v in served_by.items()})
print(customers[:4])
random.seed(99)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:>2} {n:>4} {'*' * (n // 20)}")
print(max(hist, key=hist.get), sum(rolls) / len(rolls))
