LOWER = "abcdefghijklmnopqrstuvwxyz"

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper() and ch.isascii():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower() and ch.isascii():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            k = ord(key[i % len(key)].lower()) - 97
            if decrypt:
                k = -k
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

def crack_caesar(cipher):
    freq = "etaoinshrdlu"
    best = None
    for shift in range(26):
        cand = caesar(cipher, -shift)
        score = sum(cand.lower().count(c) * (len(freq) - i) for i, c in enumerate(freq))
        if best is None or score > best[0]:
            best = (score, shift, cand)
    return best[1], best[2]

msg = "Attack at dawn! The eastern wall is weakest; send 300 men. Ünïcode stays."
for s in (1, 13, 25, -3):
    print(f"{s:>3}: {caesar(msg, s)}")
print("rot13 twice:", caesar(caesar(msg, 13), 13) == msg)
enc = vigenere(msg, "LEMON")
print("vigenere:", enc)
print("decrypted:", vigenere(enc, "LEMON", decrypt=True))
print("cracked:", crack_caesar(caesar(msg, 7)))
print(LOWER, LOWER.upper())
table = str.maketrans(LOWER, LOWER[3:] + LOWER[:3])
print("maketrans:", "hello world".translate(table))
