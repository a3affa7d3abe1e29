class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    """Doubly linked list + dict LRU cache."""

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
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
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            print(f"  evict {lru.key!r}")
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} hit_rate={rate:.1%}"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache.get("z", "missing"))
cache.put("d", 4)
print(cache, "b" in cache, len(cache))
cache.put("c", 30)
cache.put("e", 5)
print(list(cache))
print(cache.stats())


def memoize(capacity):
    def deco(func):
        store = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            result = store.get(args, sentinel)
            if result is sentinel:
                result = func(*args)
                store.put(args, result)
            return result
        wrapper.cache = store
        return wrapper
    return deco


@memoize(4)
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(25))
print(slow_fib.cache.stats())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
