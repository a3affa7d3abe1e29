class Leaf:
    def __init__(self, ch, freq):
        self.ch, self.freq = ch, freq

class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.freq = left.freq + right.freq

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(f, i, Leaf(ch, f)) for i, (ch, f) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (f1, _, a), (f2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(f1 + f2, counter, Branch(a, b))]
        counter += 1
    return nodes[0][2], freq

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = root
    return "".join(out)

text = "this is an example of a huffman tree, with some repeated letters: eeeee"
root, freq = build(text)
table = codes(root)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(f"{ch!r:>5} freq={freq[ch]:2d} code={table[ch]}")
bits = "".join(table[ch] for ch in text)
print("bits:", len(bits), "vs", len(text) * 8, f"({len(bits) / (len(text) * 8):.1%})")
print("decoded ok:", decode(bits, root) == text)
print(bits[:64])
