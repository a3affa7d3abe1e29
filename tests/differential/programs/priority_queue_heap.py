class MinHeap:
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            n = len(self.data)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and self.data[l] < self.data[smallest]:
                    smallest = l
                if r < n and self.data[r] < self.data[smallest]:
                    smallest = r
                if smallest == i:
                    break
                self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
                i = smallest
        return top

    def peek(self):
        return self.data[0]


class PriorityQueue:
    def __init__(self):
        self.heap = MinHeap()
        self.counter = 0

    def put(self, priority, task):
        self.heap.push((priority, self.counter, task))
        self.counter += 1

    def get(self):
        priority, _, task = self.heap.pop()
        return priority, task

    def __bool__(self):
        return len(self.heap) > 0


h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    h.push(v)
print(h.data)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
pq = PriorityQueue()
for prio, task in [(3, "write report"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch")]:
    pq.put(prio, task)
while pq:
    print(pq.get())


def dijkstra(graph, start):
    dist = {start: 0}
    heap = MinHeap()
    heap.push((0, start))
    while len(heap):
        d, node = heap.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heap.push((nd, nxt))
    return dist


graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("a", 7), ("c", 10), ("d", 15)],
         "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)], "d": [("b", 15), ("c", 11), ("e", 6)],
         "e": [("d", 6), ("f", 9)], "f": [("a", 14), ("c", 2), ("e", 9)]}
print(sorted(dijkstra(graph, "a").items()))
