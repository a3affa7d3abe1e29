"""Writes molt-runtime/src/unicode_tables.rs: the Unicode character data Molt's str methods
need, exactly as CPython 3.12 (Unicode 15.0.0) sees it.

Run from the repository root:

    PYENV_VERSION=3.12.1 python3.12 tools/gen_unicode_tables.py

Everything is read back from CPython itself, one code point at a time, so the tables agree
with CPython's own (flags and case mappings in Objects/unicodetype_db.h) by construction:

- the properties str methods test (isalpha, isdecimal, ..., isprintable, isspace, XID_Start
  and XID_Continue through isidentifier) come from the str predicates on that character;
- Cased and Case_Ignorable, which CPython uses but does not expose, are observed through
  str.title() (a cased character makes the next one lower case) and the final-sigma rule of
  str.lower() (capital sigma after a cased character, skipping case-ignorable ones, lowers to
  final sigma);
- the full case mappings come from str.lower/upper/title/casefold of the single character.

The output is compact: properties as runs of code points that share a set of flags, single
character case mappings as arithmetic runs (first, last, step, delta), and the few mappings
to more than one character as (code point, string) pairs. All tables are sorted for binary
search.
"""

import os
import sys
import unicodedata

EXPECTED_VERSION = "15.0.0"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "molt-runtime", "src", "unicode_tables.rs")
MAX = 0x110000

FLAGS = [
    ("ALPHA", "`str.isalpha`: general category Lm, Lt, Lu, Ll or Lo"),
    ("DECIMAL", "`str.isdecimal`: has a decimal digit value"),
    ("DIGIT", "`str.isdigit`: has a digit value"),
    ("NUMERIC", "`str.isnumeric`: has a numeric value"),
    ("LOWER", "derived property Lowercase (`str.islower` of the character)"),
    ("UPPER", "derived property Uppercase (`str.isupper` of the character)"),
    ("TITLE", "general category Lt (title case letters)"),
    ("CASED", "derived property Cased"),
    ("CASE_IGNORABLE", "derived property Case_Ignorable"),
    ("XID_START", "derived property XID_Start, and '_' (what `str.isidentifier` allows first)"),
    ("XID_CONTINUE", "derived property XID_Continue"),
    ("PRINTABLE", "`str.isprintable`: not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except the space"),
    ("SPACE", "`str.isspace`: bidirectional class WS, B or S, or category Zs"),
]
BIT = {name: 1 << i for i, (name, _) in enumerate(FLAGS)}


def lowers_to_final_sigma(s):
    return s.lower()[-1] == "\u03c2"


def flags_of(cp):
    c = chr(cp)
    f = 0
    if c.isalpha():
        f |= BIT["ALPHA"]
    if c.isdecimal():
        f |= BIT["DECIMAL"]
    if c.isdigit():
        f |= BIT["DIGIT"]
    if c.isnumeric():
        f |= BIT["NUMERIC"]
    if c.islower():
        f |= BIT["LOWER"]
    if c.isupper():
        f |= BIT["UPPER"]
    if unicodedata.category(c) == "Lt":
        f |= BIT["TITLE"]
    # title() lowers the character after a cased one.
    if ("x" + c + "A").title()[-1] == "a":
        f |= BIT["CASED"]
    # Capital sigma is final after "A c" when c is case-ignorable (skipped) or cased, and after
    # "- c" only when c is cased and not case-ignorable ('-' is neither).
    if lowers_to_final_sigma("A" + c + "\u03a3") and not lowers_to_final_sigma("-" + c + "\u03a3"):
        f |= BIT["CASE_IGNORABLE"]
    if c.isidentifier():
        f |= BIT["XID_START"]
    if ("a" + c).isidentifier():
        f |= BIT["XID_CONTINUE"]
    if c.isprintable():
        f |= BIT["PRINTABLE"]
    if c.isspace():
        f |= BIT["SPACE"]
    return f


def check_derivations():
    """Spot checks of the observed Cased / Case_Ignorable against DerivedCoreProperties.txt."""
    def has(c, name):
        return bool(flags_of(ord(c)) & BIT[name])
    for c in "aAǅʰªΣ":
        assert has(c, "CASED"), c
    for c in "1-_ 中":
        assert not has(c, "CASED"), c
    for c in "'.:\u0301\u00adʰ\u00b7":
        assert has(c, "CASE_IGNORABLE"), c
    for c in "a-_1 Σ":
        assert not has(c, "CASE_IGNORABLE"), c
    assert has("_", "XID_CONTINUE") and has("_", "XID_START") and not has("1", "XID_START")


def property_runs():
    runs = []
    sets = []
    prev = None
    for cp in range(MAX):
        f = flags_of(cp)
        if f != prev:
            if f not in sets:
                sets.append(f)
            runs.append((cp, sets.index(f)))
            prev = f
    assert len(sets) <= 256
    return sets, runs


def case_tables(method):
    """(runs, specials) for one case mapping: runs of code points mapped to cp + delta,
    stepping by 1 or 2, and the code points that map to more than one character."""
    single = {}
    special = []
    for cp in range(MAX):
        if 0xD800 <= cp < 0xE000:
            continue
        r = method(chr(cp))
        if r == chr(cp):
            continue
        if len(r) == 1:
            single[cp] = ord(r) - cp
        else:
            special.append((cp, r))
    keys = sorted(single)
    runs = []
    i = 0
    while i < len(keys):
        best = (1, 1)
        for step in (1, 2):
            k = i
            while k + 1 < len(keys) and keys[k + 1] == keys[k] + step and single[keys[k + 1]] == single[keys[i]]:
                k += 1
            if k - i + 1 > best[0]:
                best = (k - i + 1, step)
        count, step = best
        runs.append((keys[i], keys[i + count - 1], step, single[keys[i]]))
        i += count
    return runs, special


def rust_str(s):
    return '"' + "".join("\\u{%x}" % ord(ch) for ch in s) + '"'


def wrap(items, per_line, indent="    "):
    lines = []
    for i in range(0, len(items), per_line):
        lines.append(indent + ", ".join(items[i:i + per_line]) + ",")
    return "\n".join(lines)


def main():
    if unicodedata.unidata_version != EXPECTED_VERSION or sys.version_info[:2] != (3, 12):
        sys.exit(f"need CPython 3.12 with Unicode {EXPECTED_VERSION}, got {sys.version.split()[0]} "
                 f"with Unicode {unicodedata.unidata_version}")
    check_derivations()
    sets, runs = property_runs()
    out = []
    w = out.append
    w("//! Unicode 15.0.0 character data as CPython 3.12 sees it: the properties and case mappings")
    w("//! behind the str methods. GENERATED by `tools/gen_unicode_tables.py`; do not edit. Regenerate")
    w("//! from the repository root with `PYENV_VERSION=3.12.1 python3.12 tools/gen_unicode_tables.py`.")
    w("")
    w(f'pub const UNIDATA_VERSION: &str = "{EXPECTED_VERSION}";')
    w("")
    for name, doc in FLAGS:
        w(f"/// {doc}.")
        w(f"pub const {name}: u16 = 1 << {FLAGS.index((name, doc))};")
    w("")
    w("/// The distinct property sets (or-ed flags above) that code points have.")
    w(f"pub const PROPERTY_SETS: [u16; {len(sets)}] = [")
    w(wrap(["0x%04x" % s for s in sets], 12))
    w("];")
    w("")
    w("/// `first code point << 8 | index into PROPERTY_SETS` for each maximal run of code points")
    w("/// with the same properties, sorted; a run lasts until the next entry's first code point.")
    w(f"pub const PROPERTY_RUNS: [u32; {len(runs)}] = [")
    w(wrap(["0x%08x" % (cp << 8 | idx) for cp, idx in runs], 10))
    w("];")
    w("")
    w("/// `(first, last, step, delta)`: the code points `first, first + step, ..., last` each map")
    w("/// to the single character `code point + delta`.")
    w("pub type CaseRun = (u32, u32, u32, i32);")
    w("")
    total = 0
    for name, method, what in [
        ("LOWER", str.lower, "`str.lower` (full lower case mapping)"),
        ("UPPER", str.upper, "`str.upper` (full upper case mapping)"),
        ("TITLE", str.title, "title case of a word's first character (full title case mapping)"),
        ("FOLD", str.casefold, "`str.casefold` (full case folding, CaseFolding.txt status C and F)"),
    ]:
        cruns, special = case_tables(method)
        total += len(cruns) * 16
        w(f"/// {what}: the characters that map to one other character, sorted by `first`.")
        w(f"pub const {name}_RUNS: [CaseRun; {len(cruns)}] = [")
        w(wrap(["(0x%x, 0x%x, %d, %d)" % r for r in cruns], 4))
        w("];")
        w(f"/// {what}: the characters that map to more than one character, sorted.")
        w(f"pub const {name}_SPECIAL: [(u32, &str); {len(special)}] = [")
        w(wrap(["(0x%x, %s)" % (cp, rust_str(s)) for cp, s in special], 3))
        w("];")
        w("")
    text = "\n".join(out).rstrip("\n") + "\n"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(runs)} property runs, {len(sets)} property sets, "
          f"about {len(runs) * 4 + total} bytes of run data", file=sys.stderr)


if __name__ == "__main__":
    main()
