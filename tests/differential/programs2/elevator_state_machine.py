class Elevator:
    IDLE, UP, DOWN, DOORS = "idle", "up", "down", "doors"

    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.state = self.IDLE
        self.requests = set()
        self.log = []
        self.door_timer = 0

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no such floor: {floor}")
        self.requests.add(floor)

    def step(self):
        if self.state == self.DOORS:
            self.door_timer -= 1
            if self.door_timer == 0:
                self.state = self.IDLE
            return
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.state = self.DOORS
            self.door_timer = 2
            self.log.append(f"open@{self.floor}")
            return
        if not self.requests:
            self.state = self.IDLE
            return
        above = [f for f in self.requests if f > self.floor]
        below = [f for f in self.requests if f < self.floor]
        if self.state in (self.UP, self.IDLE) and above:
            self.state = self.UP
        elif below:
            self.state = self.DOWN
        else:
            self.state = self.UP
        self.floor += 1 if self.state == self.UP else -1

    def __repr__(self):
        return f"<Elevator floor={self.floor} state={self.state} pending={sorted(self.requests)}>"

e = Elevator(10)
script = {0: [5, 2], 3: [8], 6: [1], 12: [9, 0], 20: [4]}
for tick in range(40):
    for f in script.get(tick, []):
        e.call(f)
    e.step()
    if tick % 4 == 0:
        print(f"t={tick:2d} {e!r}")
print("log:", " ".join(e.log))
try:
    e.call(11)
except ValueError as exc:
    print("error:", exc)
print("final:", e)
