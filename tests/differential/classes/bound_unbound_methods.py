class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, who):
        return f"{self.greeting}, {who}"
g = Greeter("Hi")
m = g.greet
print(m("Ann"), Greeter.greet(g, "Ben"))
methods = [Greeter("Hey").greet, Greeter("Yo").greet]
print([f("you") for f in methods])
print(m.__name__, m.__self__.greeting, m.__func__ is Greeter.greet)
print(list(map(Greeter("Hello").greet, ["a", "b"])))
