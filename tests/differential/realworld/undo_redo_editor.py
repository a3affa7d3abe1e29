class Command:
    def do(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, None

    def do(self, doc):
        if self.pos + self.length > len(doc.text):
            raise IndexError(f"delete past end: {self.pos}+{self.length} > {len(doc.text)}")
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Document:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []

    def apply(self, cmd):
        try:
            cmd.do(self)
        except IndexError as e:
            print("  rejected:", e)
            return False
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
        return True

    def undo(self):
        if not self.undo_stack:
            print("  nothing to undo")
            return
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)

    def redo(self):
        if not self.redo_stack:
            print("  nothing to redo")
            return
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)


doc = Document("hello")
script = [("apply", Insert(5, " world")), ("apply", Insert(0, ">> ")), ("apply", Delete(3, 6)), ("undo",), ("undo",),
          ("redo",), ("apply", Delete(100, 1)), ("apply", Insert(len("hello world"), "!")), ("redo",), ("undo",), ("undo",),
          ("undo",), ("undo",), ("redo",)]
for step in script:
    action, *args = step
    getattr(doc, action)(*args)
    print(f"{action:<5} {repr(args[0]) if args else '':<20} -> {doc.text!r:<22} undo={len(doc.undo_stack)} redo={len(doc.redo_stack)}")
try:
    Command().do(doc)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(doc.undo_stack, doc.redo_stack)
