class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def depth_sum(self, depth=1):
        return self.value * depth + sum(c.depth_sum(depth + 1) for c in self.children)
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(t.depth_sum())
t.children[0].children.append(Tree(None))
print(t.depth_sum())
