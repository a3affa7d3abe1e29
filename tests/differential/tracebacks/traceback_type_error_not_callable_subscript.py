class Table:
    rows = [[1, 2], [3, 4]]

    def row(self, i):
        return self.rows[i]


t = Table()
print(t.row(1))
print(t.row[1])
