ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}
        self.commands = {name[4:]: getattr(self, name) for name in dir(self) if name.startswith("cmd_")}

    def run(self, line):
        verb, _, arg = line.strip().lower().partition(" ")
        handler = self.commands.get(verb)
        if handler is None:
            close = [c for c in sorted(self.commands) if c[0] == verb[:1]]
            return f"unknown verb {verb!r}" + (f"; did you mean {' or '.join(close)}?" if close else "")
        self.moves += 1
        try:
            return handler(arg) if arg else handler()
        except TypeError:
            return f"{verb} needs {'no' if arg else 'an'} argument"

    def cmd_look(self):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see {items}."

    def cmd_go(self, direction):
        dest = self.rooms[self.room]["exits"].get(direction)
        if dest is None:
            return "You can't go that way."
        if self.rooms[dest].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            self.rooms[dest]["locked"] = False
            self.room = dest
            return f"You unlock the door and enter the {dest}."
        self.room = dest
        return f"You go {direction} to the {dest}."

    def cmd_take(self, item):
        items = self.rooms[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.rooms[self.room]["items"].append(item)
        return f"Dropped {item}."

    def cmd_inv(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


g = Game()
print(sorted(g.commands))
script = ["look", "take lamp", "take sword", "go west", "go north", "take key", "take book", "look", "go south",
          "go east", "go down", "look", "take wine", "inv", "drop book", "look", "dance", "lk", "look around", "go", "INV"]
for line in script:
    print(f"> {line}\n  {g.run(line)}")
print("moves:", g.moves, "room:", g.room)
