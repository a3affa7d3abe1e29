# Object-heavy: CSP solver (variables, constraint objects, forward checking, MRV) on graph colouring and n-queens


class Variable:
    def __init__(self, name, domain):
        self.name = name
        self.domain = list(domain)
        self.value = None
        self.constraints = []

    def is_assigned(self):
        return self.value is not None


class NotEqual:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.scope = (a, b)

    def other(self, var):
        return self.b if var is self.a else self.a

    def allows(self, var, value, other_value):
        return value != other_value


class DiffBy:
    """|a - b| != k (used for queens-like diagonal constraints)."""

    def __init__(self, a, b, k):
        self.a = a
        self.b = b
        self.k = k
        self.scope = (a, b)

    def other(self, var):
        return self.b if var is self.a else self.a

    def allows(self, var, value, other_value):
        d = value - other_value
        if d < 0:
            d = -d
        return d != self.k and value != other_value


class Solver:
    def __init__(self, variables):
        self.variables = variables
        self.nodes = 0
        self.prunes = 0
        for v in variables:
            v.value = None

    def select(self):
        best = None
        best_size = 0
        for v in self.variables:
            if v.value is None:
                size = len(v.domain)
                if best is None or size < best_size or (
                        size == best_size and len(v.constraints) > len(best.constraints)):
                    best = v
                    best_size = size
        return best

    def forward_check(self, var, value, trail):
        for c in var.constraints:
            other = c.other(var)
            if other.value is not None:
                continue
            kept = []
            removed = False
            for ov in other.domain:
                if c.allows(other, ov, value):
                    kept.append(ov)
                else:
                    removed = True
            if removed:
                trail.append((other, other.domain))
                other.domain = kept
                self.prunes += 1
                if not kept:
                    return False
        return True

    def solve(self, limit):
        solutions = []
        self._search(solutions, limit)
        return solutions

    def _search(self, solutions, limit):
        var = self.select()
        if var is None:
            solutions.append(tuple(v.value for v in self.variables))
            return len(solutions) >= limit
        for value in list(var.domain):
            self.nodes += 1
            trail = []
            var.value = value
            if self.forward_check(var, value, trail):
                if self._search(solutions, limit):
                    var.value = None
                    for other, dom in reversed(trail):
                        other.domain = dom
                    return True
            var.value = None
            for other, dom in reversed(trail):
                other.domain = dom
        return False


def link(c):
    for v in c.scope:
        v.constraints.append(c)


def colouring_problem(n, colours, seed):
    state = seed
    vs = [Variable("v%d" % i, range(colours)) for i in range(n)]
    edges = set()
    for i in range(n):
        for step in (1, 2):
            j = (i + step) % n
            edges.add((min(i, j), max(i, j)))
        state = (state * 69069 + 1) & 0xFFFFFFFF
        j = state % n
        if j != i:
            edges.add((min(i, j), max(i, j)))
    for a, b in sorted(edges):
        link(NotEqual(vs[a], vs[b]))
    return vs, len(edges)


def queens_problem(n):
    vs = [Variable("q%d" % i, range(n)) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            link(DiffBy(vs[i], vs[j], j - i))
    return vs


def main():
    total_nodes = 0
    checksum = 0
    for seed in range(1, 16):
        vs, m = colouring_problem(40, 4, seed)
        solver = Solver(vs)
        sols = solver.solve(5000)
        total_nodes += solver.nodes
        for s in sols:
            for i, x in enumerate(s):
                checksum = (checksum * 7 + x * (i + 1)) % 1000000009
        print("colouring seed=%d edges=%d solutions=%d nodes=%d prunes=%d"
              % (seed, m, len(sols), solver.nodes, solver.prunes))
    for n in (8, 9, 10, 11):
        vs = queens_problem(n)
        solver = Solver(vs)
        sols = solver.solve(5000)
        total_nodes += solver.nodes
        first = sols[0] if sols else ()
        print("queens n=%d solutions=%d nodes=%d first=%s" % (n, len(sols), solver.nodes, list(first)))
    print("total nodes", total_nodes, "checksum", checksum)


main()
