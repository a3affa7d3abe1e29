# A realistic program: Dijkstra's shortest paths and a task scheduler with heapq
import heapq

graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
}


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    queue = [(0, start)]
    visited = set()
    pops = []
    while queue:
        d, node = heapq.heappop(queue)
        pops.append((d, node))
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(queue, (nd, nxt))
    return dist, prev, pops


dist, prev, pops = dijkstra(graph, 'A')
print(sorted(dist.items()))
print(pops)
path = ['E']
while path[-1] != 'A':
    path.append(prev[path[-1]])
print(' -> '.join(reversed(path)))


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = 0
        self.time = 0

    def schedule(self, delay, name):
        heapq.heappush(self.queue, (self.time + delay, self.counter, name))
        self.counter += 1

    def run(self):
        log = []
        while self.queue:
            when, _, name = heapq.heappop(self.queue)
            self.time = when
            log.append('%d:%s' % (when, name))
            if name.startswith('repeat') and when < 10:
                self.schedule(3, name)
        return log


s = Scheduler()
s.schedule(5, 'email')
s.schedule(1, 'repeat-ping')
s.schedule(5, 'backup')
s.schedule(0, 'boot')
print(s.run())

# Running median with two heaps.
def running_median(values):
    low, high = [], []
    out = []
    for v in values:
        if not low or v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(-low[0])
        else:
            out.append((-low[0] + high[0]) / 2)
    return out, low, high


print(running_median([5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]))

# k-way merge of sorted lists by hand.
lists = [[1, 4, 7], [2, 5, 8], [0, 3, 6, 9]]
h = [(lst[0], i, 0) for i, lst in enumerate(lists)]
heapq.heapify(h)
merged = []
while h:
    v, i, j = heapq.heappop(h)
    merged.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(h, (lists[i][j + 1], i, j + 1))
print(merged)
