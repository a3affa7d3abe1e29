class Team:
    members = []
    tags = ()
    count = 0
    def __init__(self, name):
        self.name = name
        Team.count += 1
    def join(self, who):
        self.members.append(who)
    def tag(self, t):
        self.tags += (t,)
a, b = Team("a"), Team("b")
a.join("x"); b.join("y")
a.tag("red")
print(Team.members, a.members is b.members, a.tags, b.tags, Team.tags, Team.count)
print("tags" in vars(a), "members" in vars(a), sorted(vars(a)))
class Fixed:
    def __init__(self):
        self.members = []
f1, f2 = Fixed(), Fixed()
f1.members.append(1)
print(f1.members, f2.members)
class Base:
    setting = "base"
    @classmethod
    def configure(cls, value):
        cls.setting = value
class Child(Base):
    pass
Child.configure("child")
print(Base.setting, Child.setting, "setting" in vars(Child))
Base.configure("new base")
print(Base.setting, Child.setting)
del Child.setting
print(Child.setting)
o = Child()
o.setting = "instance"
print(o.setting, Child.setting, type(o).setting)
class Counter:
    total = 0
    def inc(self):
        self.total += 1
        return self.total
c = Counter()
print(c.inc(), c.inc(), Counter.total, c.total)
