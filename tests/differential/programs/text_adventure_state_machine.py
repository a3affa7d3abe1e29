ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "rows of old books", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0

    def look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {self.room}: {r['desc']}. You see {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" in self.inventory:
                ROOMS[target]["locked"] = False
                self.room = target
                return "You unlock the door with the key. " + self.look()
            return "The way is locked."
        if target == "cellar" and "lamp" not in self.inventory:
            self.state = "lost"
            return "You stumble in the dark and fall."
        self.room = target
        return self.look()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken: {item}."

    def command(self, line):
        self.moves += 1
        words = line.split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        if verb == "look":
            return self.look()
        if verb == "go" and args:
            return self.go(args[0])
        if verb == "take" and args:
            return self.take(args[0])
        if verb == "inventory":
            return "You carry: " + (", ".join(self.inventory) or "nothing")
        return f"I don't understand {line!r}."


game = Game()
script = ["look", "take lamp", "go north", "take key", "take key", "go west", "go south",
          "go east", "dance", "", "inventory", "go down", "take treasure", "look"]
for cmd in script:
    if game.state != "playing":
        break
    print(f"> {cmd}")
    print(game.command(cmd))
print("final state:", game.state, "moves:", game.moves, "inventory:", game.inventory)
