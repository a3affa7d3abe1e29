class Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                victim = self.tail.prev
                self._unlink(victim)
                del self.map[victim.key]
                self.evictions += 1
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __repr__(self):
        return "LRU(" + ", ".join(f"{k}={self.map[k].value}" for k in self.keys()) + ")"

c = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
        print(f"{op:<10} -> {c!r}")
    else:
        print(f"{op:<10} -> {c.get(parts[1], 'MISS')!r:<6} {c.keys()}")
print(len(c), c.hits, c.misses, c.evictions)
def fib_with(cache, n):
    v = cache.get(n)
    if v is None:
        v = n if n < 2 else fib_with(cache, n - 1) + fib_with(cache, n - 2)
        cache.put(n, v)
    return v
fc = LRUCache(50)
print(fib_with(fc, 90), fc.hits, fc.misses, len(fc))
