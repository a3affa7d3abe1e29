class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def drain(self, n):
        return [self.pop() for _ in range(n)]
s = Stack()
s.push(1)
s.push(2)
print(s.drain(2))
s.push(3)
print(s.drain(2))
