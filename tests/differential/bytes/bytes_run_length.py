def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out.extend(bytes([data[k + 1]]) * data[k])
    return bytes(out)

for src in [b"aaabccdddd", b"", b"x", b"\x00" * 300, b"abcabc"]:
    enc = rle_encode(src)
    print(len(src), enc[:12], rle_decode(enc) == src)
