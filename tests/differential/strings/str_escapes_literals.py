print("a\tb|", "line1\nline2")
print("quote: \" and \'")
print(r"raw \n stays", len(r"\n"), len("\n"))
print("\x41\u00e9\U0001F600\101")
print("""triple
quoted "string" with 'quotes'""")
print('''another
one''')
print("implicit " "concatenation " 'works')
print("back\\slash", len("\\"))
print("\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
