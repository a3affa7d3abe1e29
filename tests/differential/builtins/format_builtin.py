print(format(42), format(42, "5d"), format(42, "<5") + "|", format(42, "^6") + "|", format(42, "x"), format(42, "#b"))
print(format(3.14159, ".2f"), format(1e6, ",.0f"), format(0.25, ".1%"), format(12345.678, "e"), format(1234.5, "g"))
print(format("text", ">8"), format("text", "*<8"), format("text", ".2"), format(True), format(None))
print(format(-42, "+d"), format(42, "+d"), format(42, " d"), format(-42, "08d"), format(42, "_b"))
print(format(255, "#X"), format(1234567890, ","), format(0.000123, ".2e"), format(100, "c"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
