poem = """Roses are red,
  Violets are blue,
Sugar is sweet
    And so are you."""
lines = poem.splitlines()
print(len(lines))
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line.strip()!r} indent={len(line) - len(line.lstrip())}")
print(max(lines, key=len))
print(poem.count("are"), poem.upper().count("ARE"))
words = poem.split()
print(len(words), words[-1], [w for w in words if w.endswith(",")])
