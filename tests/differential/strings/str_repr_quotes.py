vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
        "bell\x07", "\x00\x1f\x7f", "é", "日本語", "emoji 😀", "\u200b", "\r", "\x80\xff", "\ud800"[:0], "'", '"']
for v in vals:
    print(repr(v))
print(vals[:4])
print(str(["a'b", 'c"d']))
print(repr("\u0085"), repr("\u00a0"), repr("\u2028"), repr("\U0001F600"), repr("\x9b"))
