def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1

for msg in [b"", b"a", b"abc", b"Wikipedia", "héllo wörld".encode()]:
    print(msg, adler32(msg), hex(fletcher16(msg)))
