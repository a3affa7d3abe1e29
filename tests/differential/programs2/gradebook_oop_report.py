class Assessment:
    weight = 0.0
    def __init__(self, name, score, out_of):
        self.name, self.score, self.out_of = name, score, out_of
    @property
    def pct(self):
        return self.score / self.out_of * 100
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.score}/{self.out_of})"

class Homework(Assessment):
    weight = 0.2

class Quiz(Assessment):
    weight = 0.3

class Exam(Assessment):
    weight = 0.5

class Student:
    def __init__(self, name):
        self.name = name
        self.work = []
    def add(self, item):
        self.work.append(item)
        return self
    def category_avg(self, cls):
        items = [w.pct for w in self.work if type(w) is cls]
        return sum(items) / len(items) if items else None
    def final(self):
        total = weight = 0.0
        for cls in (Homework, Quiz, Exam):
            avg = self.category_avg(cls)
            if avg is not None:
                total += avg * cls.weight
                weight += cls.weight
        return total / weight if weight else 0.0

students = [
    Student("Ada").add(Homework("hw1", 9, 10)).add(Homework("hw2", 10, 10)).add(Quiz("q1", 14, 20)).add(Exam("mid", 88, 100)),
    Student("Brook").add(Homework("hw1", 6, 10)).add(Quiz("q1", 19, 20)).add(Quiz("q2", 17, 20)).add(Exam("mid", 71, 100)),
    Student("Chen").add(Exam("mid", 95, 100)),
    Student("Dara"),
]
header = f"{'Student':<8}{'HW':>8}{'Quiz':>8}{'Exam':>8}{'Final':>8}"
print(header)
print("=" * len(header))
for s in sorted(students, key=lambda s: -s.final()):
    cols = [s.category_avg(c) for c in (Homework, Quiz, Exam)]
    cells = "".join(f"{c:>8.1f}" if c is not None else f"{'-':>8}" for c in cols)
    print(f"{s.name:<8}{cells}{s.final():>8.2f}")
print(students[0].work)
best = max((w for s in students for w in s.work), key=lambda w: (w.pct, w.name))
print("best single:", best, f"{best.pct:.1f}%")
