class LinkedList:
    class _Node:
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt

    def __init__(self, iterable=()):
        self._head = None
        self._size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)

    def push_front(self, value):
        self._head = self._Node(value, self._head)
        self._size += 1

    def append(self, value):
        node = self._Node(value)
        if self._head is None:
            self._head = node
        else:
            cur = self._head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def _node_at(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("LinkedList index out of range")
        cur = self._head
        for _ in range(index):
            cur = cur.next
        return cur

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(self[i] for i in range(*index.indices(self._size)))
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        if index < 0:
            index += self._size
        if index == 0 and self._head:
            self._head = self._head.next
        else:
            prev = self._node_at(index - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self._size -= 1

    def __len__(self):
        return self._size

    def __iter__(self):
        cur = self._head
        while cur:
            yield cur.value
            cur = cur.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self

    def reverse(self):
        prev, cur = None, self._head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self._head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-1], 4 in ll, 9 in ll)
ll[2] = "one"
del ll[0]
del ll[-1]
print(ll, list(reversed(ll)))
ll.reverse()
print(ll, ll == LinkedList([4, "one", 3]), ll + [7, 8])
ll += (9, 10)
print(ll, len(ll), sorted(x for x in ll if isinstance(x, int)))
for bad in [lambda: ll[10], lambda: ll.__delitem__(10), lambda: LinkedList()[0]]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
print(LinkedList._Node.__qualname__, type(ll._head).__name__, LinkedList(), bool(LinkedList()), bool(ll))
