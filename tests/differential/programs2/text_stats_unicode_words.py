TEXT = """Ça va? Très bien, merci! Straße, STRASSE, strasse... Ὀδυσσεύς sailed;
ΟΔΥΣΣΕΥΣ returned. naïve NAÏVE Naïve — résumé Résumé. Ǆemal met ǆemal."""

def words(text):
    out, cur = [], []
    for ch in text:
        if ch.isalpha():
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out

ws = words(TEXT)
print(len(ws), ws)
folded = {}
for w in ws:
    folded.setdefault(w.casefold(), []).append(w)
for key in sorted(folded):
    print(f"{key!r:<14} {folded[key]}")
print([w.title() for w in ws if not w.istitle()][:6])
print(sorted({w.lower() for w in ws})[:8])
print(max(ws, key=len), min(ws, key=len), sum(len(w) for w in ws))
