fname = "report_2024.final.txt"
print(fname.startswith("report"), fname.startswith("2024", 7), fname.endswith((".txt", ".md")))
base, _, ext = fname.rpartition(".")
print(base, ext)
print(fname.split(".", 1), fname.rsplit(".", 1))
print(fname[:fname.index("_")], fname[fname.rindex(".") + 1:])
print("".startswith(""), "abc".startswith(""), "abc".endswith("abc"), "ab".endswith("abc"))
