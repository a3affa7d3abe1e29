class Node:
    def __init__(self):
        self.parent = self

    def root(self):
        return self.parent.root()


try:
    Node().root()
except RecursionError as e:
    print("caught", type(e).__name__)
Node().root()
