class Perm:
    NAMES = ["read", "write", "exec", "admin", "audit"]

    def __init__(self, bits=0):
        self.bits = bits

    @classmethod
    def of(cls, *names):
        bits = 0
        for n in names:
            try:
                bits |= 1 << cls.NAMES.index(n)
            except ValueError:
                raise KeyError(f"unknown permission {n!r}") from None
        return cls(bits)

    def __or__(self, other):
        return Perm(self.bits | other.bits)

    def __and__(self, other):
        return Perm(self.bits & other.bits)

    def __sub__(self, other):
        return Perm(self.bits & ~other.bits)

    def __xor__(self, other):
        return Perm(self.bits ^ other.bits)

    def __invert__(self):
        return Perm(~self.bits & ((1 << len(self.NAMES)) - 1))

    def __contains__(self, other):
        return self.bits & other.bits == other.bits

    def __eq__(self, other):
        return isinstance(other, Perm) and self.bits == other.bits

    def __hash__(self):
        return hash(self.bits)

    def __bool__(self):
        return self.bits != 0

    def __iter__(self):
        for i, n in enumerate(self.NAMES):
            if self.bits >> i & 1:
                yield n

    def __repr__(self):
        return "Perm(" + "|".join(self) + ")" if self else "Perm()"

    def __format__(self, spec):
        if spec == "b":
            return format(self.bits, f"0{len(self.NAMES)}b")
        if spec == "short":
            return "".join(n[0].upper() if Perm.of(n) in self else "-" for n in self.NAMES)
        return repr(self)


rw = Perm.of("read", "write")
admin = Perm.of("admin") | rw | Perm.of("exec")
print(rw, admin, admin - rw, rw ^ admin, ~rw, ~Perm(), rw & Perm.of("exec"))
print(f"{rw:b} {admin:b} {admin:short} {Perm():short} {rw}")
print(Perm.of("read") in rw, admin in rw, rw in admin, bool(Perm()), len({rw, Perm(3), admin}))
users = {"ann": admin, "bob": rw, "cy": Perm.of("read"), "dee": Perm()}
for need in [Perm.of("read"), Perm.of("write", "exec"), Perm()]:
    print(f"{need!r:<20}", sorted(u for u, p in users.items() if need in p))
try:
    Perm.of("read", "fly")
except KeyError as e:
    print("KeyError:", e)
print(bin(admin.bits), admin.bits.bit_count() if hasattr(0, "bit_count") else 4, list(admin), sorted(admin, reverse=True))
flags = 0
for i in range(0, 64, 7):
    flags |= 1 << i
print(flags, hex(flags), bin(flags).count("1"), flags.bit_length(), flags & -flags, (flags >> 60) & 0xF)
