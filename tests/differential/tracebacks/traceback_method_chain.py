class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos]

    def advance(self):
        ch = self.peek()
        self.pos += 1
        return ch

    def read_all(self):
        out = []
        while True:
            out.append(self.advance())
            print("read", "".join(out))


p = Parser("abc")
p.read_all()
