print("cyc_b start")
import _cyc_a
VALUE_B = "B"
print("cyc_b sees a attrs", sorted(n for n in vars(_cyc_a) if n.startswith("VALUE")))


def use_a():
    return "b sees " + _cyc_a.VALUE_A
