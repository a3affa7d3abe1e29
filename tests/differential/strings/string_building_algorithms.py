def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


for text in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle_encode(text)
    print(repr(text), "->", repr(enc), rle_decode(enc) == text)


def is_anagram(a, b):
    norm = lambda s: sorted(c for c in s.lower() if c.isalnum())
    return norm(a) == norm(b)


print(is_anagram("Dormitory", "dirty room!"), is_anagram("abc", "abd"))


def longest_common_prefix(words):
    if not words:
        return ""
    prefix = min(words)
    last = max(words)
    for i, ch in enumerate(prefix):
        if ch != last[i]:
            return prefix[:i]
    return prefix


print(repr(longest_common_prefix(["interstellar", "internet", "interval"])), repr(longest_common_prefix(["a", "b"])))


def caesar(s, k):
    res = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)


msg = "Hello, World! xyz"
print(caesar(msg, 3), caesar(caesar(msg, 3), -3) == msg, caesar(msg, 26 * 5 + 1))
words = "the quick brown the lazy dog the end quick".split()
print(" ".join(w[::-1] for w in words[:4]), " ".join(reversed(words[:4])))
print("".join(sorted(set("".join(words)))), max(set(words), key=words.count))
table = [("Name", "Qty"), ("apples", 3), ("kiwis", 12)]
w = [max(len(str(r[i])) for r in table) for i in range(2)]
print("\n".join(" | ".join(str(c).ljust(w[i]) if i == 0 else str(c).rjust(w[i]) for i, c in enumerate(r)) for r in table))
s = "Mississippi"
print(s.lower().count("ss"), s.find("ss", 3), s.rindex("i"), s.replace("ss", "SS", 1), s.split("s"), s.split("ss"))
print("-".join(s[i:i + 3] for i in range(0, len(s), 3)), [s[i:i + 4] for i in range(0, len(s), 4)])
