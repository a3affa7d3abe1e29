words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a", "ab", "é", "z"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print("a" < "b" < "c", "abc" > "abb", "Z" < "a", "é" > "z")
print(min(words), max(words))
