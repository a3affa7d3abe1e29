class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.n = 0

    def put(self, key, val):
        def go(node):
            if node is None:
                self.n += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            else:
                node.val = val
            return node
        self.root = go(self.root)

    def get(self, key, default=None):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        return default

    def inorder(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def preorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return
        yield node.key
        yield from self.preorder(node.left)
        yield from self.preorder(node.right)

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def floor(self, key):
        node, best = self.root, None
        while node:
            if node.key == key:
                return key
            if node.key < key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.put(k, str(k) * 2)
print("size:", t.n, "height:", t.height())
print("inorder:", list(t.inorder()))
print("preorder:", list(t.preorder()))
print("levels:", t.levels())
print("get:", t.get(45), t.get(99), t.get(99, "?"))
print("floor:", [t.floor(k) for k in (10, 20, 33, 47, 100)])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.put(w, words.get(w, 0) + 1)
print(list(words.inorder()), words.get("the"), words.height())
