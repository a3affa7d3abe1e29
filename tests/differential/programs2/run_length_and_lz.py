def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out

def rle_string(pairs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in pairs)

def rle_decode(text):
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

def lz77(data, window=16):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        nxt = data[i + best_len] if i + best_len < len(data) else ""
        out.append((best_off, best_len, nxt))
        i += best_len + 1
    return out

def unlz77(tokens):
    out = []
    for off, length, ch in tokens:
        start = len(out) - off
        for k in range(length):
            out.append(out[start + k])
        if ch:
            out.append(ch)
    return "".join(out)

for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaabbaabb"]:
    pairs = rle_encode(s)
    enc = rle_string(pairs)
    print(f"{s!r:>16} -> {enc!r:<14} back={rle_decode(enc) == s} pairs={pairs[:3]}")
text = "abracadabra abracadabra abracadabra!"
tok = lz77(text)
print(len(text), "chars ->", len(tok), "tokens")
print(tok[:8])
print("roundtrip:", unlz77(tok) == text)
ratio = len(tok) * 3 / len(text)
print(f"ratio: {ratio:.3f} ({ratio:.1%})")
