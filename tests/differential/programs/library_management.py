class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.copies = copies
        self.loaned = 0

    @property
    def available(self):
        return self.copies - self.loaned

    def __repr__(self):
        return f"<{self.title} by {self.author}: {self.available}/{self.copies}>"


class Member:
    MAX_LOANS = 2

    def __init__(self, name):
        self.name = name
        self.loans = []

    def __repr__(self):
        return f"Member({self.name}, loans={[b.title for b in self.loans]})"


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.events = []

    def add_book(self, book):
        self.books[book.isbn] = book

    def join(self, name):
        m = Member(name)
        self.members[name] = m
        return m

    def lend(self, name, isbn):
        member = self.members[name]
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        if book.available == 0:
            raise LibraryError(f"no copies of {book.title!r} left")
        if len(member.loans) >= Member.MAX_LOANS:
            raise LibraryError(f"{name} already has {len(member.loans)} books")
        book.loaned += 1
        member.loans.append(book)
        self.events.append(f"{name} borrowed {book.title}")

    def give_back(self, name, isbn):
        member = self.members[name]
        for b in member.loans:
            if b.isbn == isbn:
                member.loans.remove(b)
                b.loaned -= 1
                self.events.append(f"{name} returned {b.title}")
                return
        raise LibraryError(f"{name} does not have {isbn}")

    def search(self, text):
        text = text.lower()
        return sorted((b for b in self.books.values()
                       if text in b.title.lower() or text in b.author.lower()),
                      key=lambda b: b.title)


lib = Library()
lib.add_book(Book("111", "Dune", "Herbert", 2))
lib.add_book(Book("222", "Emma", "Austen"))
lib.add_book(Book("333", "Persuasion", "Austen"))
lib.add_book(Book("444", "Neuromancer", "Gibson"))
for n in ["ann", "ben"]:
    lib.join(n)
actions = [("lend", "ann", "111"), ("lend", "ben", "111"), ("lend", "ann", "111"), ("lend", "ann", "222"),
           ("lend", "ann", "333"), ("return", "ben", "222"), ("return", "ann", "111"), ("lend", "ann", "333"),
           ("lend", "ben", "999")]
for act, who, isbn in actions:
    try:
        if act == "lend":
            lib.lend(who, isbn)
        else:
            lib.give_back(who, isbn)
        print("ok:", act, who, isbn)
    except LibraryError as e:
        print("error:", e)
print(list(lib.members.values()))
print(lib.search("austen"), lib.search("UNE"))
print(lib.events)
