ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def room(self):
        return self.rooms[self.location]

    def do_look(self, *_):
        r = self.room()
        items = ", ".join(r["items"]) or "nothing"
        exits = " ".join(sorted(r["exits"]))
        return f"[{self.location}] {r['desc']} You see: {items}. Exits: {exits}"

    def do_go(self, direction=None):
        if direction is None:
            return "Go where?"
        target = self.room()["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if self.rooms[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            self.rooms[target]["locked"] = False
            msg = "You unlock the door. "
        else:
            msg = ""
        self.location = target
        return msg + self.do_look()

    def do_take(self, item=None):
        items = self.room()["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure!"
        return f"Taken: {item}"

    def do_inventory(self, *_):
        return "You carry: " + (", ".join(sorted(self.inventory)) if self.inventory else "nothing")

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        aliases = {"n": ("go", "north"), "s": ("go", "south"), "e": ("go", "east"), "w": ("go", "west"), "i": ("inventory",)}
        if verb in aliases:
            verb, *rest = aliases[verb] + tuple(rest)
        method = getattr(self, "do_" + verb, None)
        if method is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return method(*rest)


game = Game(ROOMS)
script = ["look", "take lamp", "e", "go down", "w", "n", "take key", "take sword",
          "dance", "", "i", "s", "e", "go down", "take treasure", "look"]
for cmd in script:
    print(f"> {cmd}")
    print(game.handle(cmd))
    if game.over:
        break
print(f"Finished in {game.moves} moves with {len(game.inventory)} items.")
print(ROOMS["cellar"].get("locked"), game.rooms["cellar"]["locked"])
