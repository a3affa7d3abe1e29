class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    pass

class LimitReached(LibraryError):
    pass

class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.out = 0

    @property
    def available(self):
        return self.copies - self.out

    def __repr__(self):
        return f"<{self.title} by {self.author} ({self.available}/{self.copies})>"

class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.loans = {}

    def add(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def join(self, name):
        self.members[name] = Member(name)

    def checkout(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if len(m.books) >= m.LIMIT:
            raise LimitReached(f"{name} already has {len(m.books)} books")
        if b.available == 0:
            raise NotAvailable(f"no copies of {b.title!r} left")
        b.out += 1
        m.books.append(isbn)
        self.loans[(name, isbn)] = self.day

    def checkin(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        m.books.remove(isbn)
        b.out -= 1
        days = self.day - self.loans.pop((name, isbn))
        late = max(0, days - 14)
        m.fines += late * 25
        return days, late

lib = Library()
for args in [("111", "Dune", "Herbert"), ("222", "Emma", "Austen", 2), ("333", "Ulysses", "Joyce"), ("111", "Dune", "Herbert")]:
    lib.add(Book(*args))
for n in ("ann", "ben", "cat"):
    lib.join(n)
script = [(0, "out", "ann", "111"), (0, "out", "ben", "111"), (1, "out", "cat", "111"), (2, "out", "ann", "222"),
          (2, "out", "ann", "333"), (3, "out", "ben", "222"), (5, "out", "cat", "222"), (20, "in", "ann", "111"),
          (21, "out", "cat", "111"), (30, "in", "ben", "222"), (31, "in", "ann", "999"), (40, "in", "cat", "111")]
for day, action, who, isbn in script:
    lib.day = day
    try:
        if action == "out":
            lib.checkout(who, isbn)
            print(f"day {day:2d}: {who} borrowed {lib.books[isbn].title}")
        else:
            days, late = lib.checkin(who, isbn)
            print(f"day {day:2d}: {who} returned {lib.books[isbn].title} after {days} days, {late} late")
    except LibraryError as e:
        print(f"day {day:2d}: refused ({type(e).__name__}): {e}")
    except KeyError as e:
        print(f"day {day:2d}: unknown isbn {e}")
for m in lib.members.values():
    print(f"{m.name}: books={m.books} fines=${m.fines / 100:.2f}")
print(sorted(lib.books.values(), key=lambda b: b.title))
