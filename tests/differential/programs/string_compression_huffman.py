class Leaf:
    def __init__(self, ch, freq):
        self.ch = ch
        self.freq = freq


class Branch:
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.freq = left.freq + right.freq


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(f, i, Leaf(ch, f)) for i, (ch, f) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        f1, _, a = nodes.pop(0)
        f2, _, b = nodes.pop(0)
        nodes.append((f1 + f2, counter, Branch(a, b)))
        counter += 1
    return nodes[0][2]


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def decode(tree, bits):
    out = []
    node = tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)


text = "this is an example of a huffman tree"
tree = build(text)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), table[ch])
encoded = "".join(table[ch] for ch in text)
print(len(encoded), "bits vs", len(text) * 8)
print(encoded[:64])
print(decode(tree, encoded) == text)
