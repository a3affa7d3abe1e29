TEXT = ("Molt runs a verified subset of Python fast. It interprets, then compiles hot code, "
        "and ships a native binary with the profile's specializations frozen in. "
        "Supercalifragilisticexpialidocious words must be handled too.")

def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]

for width in (30, 45):
    lines = wrap(TEXT, width)
    print(f"== width {width}, {len(lines)} lines")
    for i, words in enumerate(lines):
        last = i == len(lines) - 1
        body = " ".join(words).ljust(width) if last else justify(words, width)
        print(f"|{body}|")
    print("centered:")
    for words in lines[:3]:
        print(f"[{' '.join(words):^{width}}]")
    print("right:")
    for words in lines[:2]:
        print(f"[{' '.join(words):>{width}}]")
print("=" * 20)
print("{:*^20}".format(" title "))
print("{:-<10}|{:->10}".format("left", "right"))
print("|".join(s.center(7, ".") for s in ["a", "bb", "ccc", "dddd"]))
print("zfill:", "42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5))
print("expandtabs:", repr("a\tbc\tdef\tg".expandtabs(4)))
