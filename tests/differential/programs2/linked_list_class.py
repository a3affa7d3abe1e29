class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

ll = LinkedList([3, 1, 4, 1, 5])
ll.append(9)
ll.push_front(2)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll)
ll.reverse()
print(ll)
ll.remove(1)
print(ll, len(ll))
for bad in (lambda: ll.remove(42), lambda: ll[10], lambda: ll[-8]):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(ll == LinkedList([9, 5, 1, 4, 3, 2]), ll == [9, 5, 1, 4, 3, 2], sorted(ll), sum(ll), max(ll))
print(list(zip(ll, "abcdef")), list(enumerate(LinkedList("xy"), 1)))
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
