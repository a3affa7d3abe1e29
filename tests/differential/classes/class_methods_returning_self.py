class Query:
    def __init__(self):
        self.parts = []
    def select(self, *cols):
        self.parts.append("SELECT " + ", ".join(cols))
        return self
    def frm(self, table):
        self.parts.append("FROM " + table)
        return self
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self
    def __str__(self):
        return " ".join(self.parts)
q = Query().select("a", "b").frm("t").where("a > 1")
print(q)
print(str(Query().select("*").frm("x")))
