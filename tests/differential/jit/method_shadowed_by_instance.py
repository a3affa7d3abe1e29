# A method call on an instance first rules out an attribute of that name in the instance's
# dict (by the dict's hash bits, then by scanning it). Instance attributes shadowing the
# method appear mid-loop, through setattr, through __dict__, are deleted again, and the dict
# is cleared and refilled; every call must find what CPython finds.


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self):
        return 2 * self.v


def total(boxes, rounds):
    t = 0
    for r in range(rounds):
        for b in boxes:
            t += b.get() + b.twice()
    return t


def main():
    boxes = [Box(i) for i in range(10)]
    print(total(boxes, 300))
    boxes[3].get = lambda: 1000
    print(total(boxes, 300))
    setattr(boxes[4], "twice", lambda: -1)
    print(total(boxes, 300))
    del boxes[3].get
    boxes[5].__dict__["get"] = lambda: 7
    print(total(boxes, 300))
    boxes[4].__dict__.clear()
    boxes[4].v = 40
    print(total(boxes, 300))
    for i, b in enumerate(boxes):
        for k in range(20):
            setattr(b, "attr%d" % k, k)
    print(total(boxes, 300))
    boxes[6].__dict__.update({"get": lambda: 60, "twice": lambda: 66})
    print(total(boxes, 300))
    del boxes[6].get, boxes[6].twice, boxes[5].get
    print(total(boxes, 300), sorted(vars(boxes[6]))[:3])


main()
