# Identifiers may contain combining marks and other XID_Continue characters.
for s in ["café", "cafe\u0301", "x\u0301", "\u0301x", "naïve_1", "a\u200cb", "a\u00b7b", "ℕ", "x²", "_\u0660", "\u0660", "a-b", "né\u0308"]:
    print(repr(s), s.isidentifier(), s.isalnum(), s.isalpha())
