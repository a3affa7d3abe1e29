class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
class Fixed:
    def __init__(self, name):
        self.name = name
        self.members = []
    def join(self, who):
        self.members.append(who)
a = Team("a")
b = Team("b")
a.join("x")
b.join("y")
print(a.members, b.members, Team.members)
c = Fixed("c")
d = Fixed("d")
c.join("x")
d.join("y")
print(c.members, d.members)
