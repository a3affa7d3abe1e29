# repr() escapes characters that are not printable: unassigned code points,
# private use, surrogates-free format characters and separators.
samples = ["\u0378", "\u0379", "\u0380", "\u05ff", "\U0001fffe", "\ue000", "\U000f0000",
           "\u2028", "\u2029", "\u200e", "\ufeff", "\u00ad", "\u061c", "\U000e0020", "\u0600",
           "a\u0378b", "\u0377", "\u037a", "\u1f600"[:1], "\U0001f600", "\u3000", "\u00a0", "\u2007"]
for s in samples:
    print(repr(s), [c.isprintable() for c in s], ascii(s))
print("\u0378".isprintable(), "\u0377".isprintable(), "\ue000".isprintable(), "\u00ad".isprintable())
print(repr("".join(chr(c) for c in range(0x370, 0x380))))
print(repr("".join(chr(c) for c in range(0x9f0, 0xa00))))
