def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn, Zebra!"
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
for k in (1, 13, 25, 26, -1):
    print(k, shift("xyzXYZ abc", k))
