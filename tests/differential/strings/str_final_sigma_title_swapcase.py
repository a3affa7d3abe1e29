# Final sigma: capital sigma lowers to 'ς' at the end of a word, in lower(),
# title(), capitalize() and swapcase().
for w in ["ΣΊΣΥΦΟΣ", "ΟΔΟΣ ΟΔΟΣ", "ΣΑΣ.", "Σ", "AΣ", "ΑΣ1", "ΑΣ Β"]:
    print(w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
