print("cyc_a start")
import _cyc_b
VALUE_A = "A"


def use_b():
    return "a sees " + _cyc_b.VALUE_B


print("cyc_a end, b partially has", sorted(n for n in vars(_cyc_b) if n.startswith("VALUE")))
