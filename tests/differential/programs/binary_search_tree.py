class BST:
    class _Node:
        def __init__(self, key, val):
            self.key = key
            self.val = val
            self.left = None
            self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, val=None):
        if self.root is None:
            self.root = BST._Node(key, val)
            self.count += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.val = val
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST._Node(key, val))
                self.count += 1
                return
            cur = nxt

    def get(self, key, default=None):
        cur = self.root
        while cur:
            if key == cur.key:
                return cur.val
            cur = cur.left if key < cur.key else cur.right
        return default

    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def delete(self, key):
        def _del(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = _del(n.left, key)
            elif key > n.key:
                n.right = _del(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.val = succ.key, succ.val
                n.right = _del(n.right, succ.key)
            return n
        self.root = _del(self.root, key)
        self.count -= 1

    def __len__(self):
        return self.count


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(t.inorder(), len(t), t.height())
print(t.get(45), t.get(99, "missing"))
t.insert(45, "forty-five")
print(t.get(45), len(t))
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, t.inorder(), t.root.key)
try:
    t.delete(1000)
except KeyError as e:
    print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print(words.inorder(), words.height(), len(words))
