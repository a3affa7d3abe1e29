"""Common string constants and Template strings (Molt's implementation of CPython's string module)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits

# Kinds of placeholders found by Template._scan.
_ESCAPED = 'escaped'
_NAMED = 'named'
_BRACED = 'braced'
_INVALID = 'invalid'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or 'pattern' in cls.__dict__ or 'flags' in cls.__dict__):
            raise NotImplementedError(
                "Molt's string.Template supports only the default placeholder "
                "pattern (a custom delimiter is fine)")

    def _scan(self):
        # Yield (kind, start, end, name) for every placeholder, where
        # template[start:end] is the whole placeholder text.  For an invalid
        # placeholder, `end` is the position just after the delimiter.
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield (_ESCAPED, i, j + dlen, None)
                i = text.find(delim, j + dlen)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield (_NAMED, i, k, text[j:k])
                i = text.find(delim, k)
                continue
            if j + 1 < n and text[j] == '{' and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield (_BRACED, i, k + 1, text[j + 1:k])
                    i = text.find(delim, k + 1)
                    continue
            yield (_INVALID, i, j, None)
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _mapping(self, mapping, kws):
        if not kws:
            return mapping
        if mapping:
            return _ChainLookup(kws, mapping)
        return kws

    def substitute(self, mapping={}, /, **kws):
        mapping = self._mapping(mapping, kws)
        text = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._scan():
            parts.append(text[pos:start])
            if kind == _ESCAPED:
                parts.append(self.delimiter)
            elif kind == _INVALID:
                self._invalid(end)
            else:
                parts.append(str(mapping[name]))
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping={}, /, **kws):
        mapping = self._mapping(mapping, kws)
        text = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._scan():
            parts.append(text[pos:start])
            if kind == _ESCAPED:
                parts.append(self.delimiter)
            elif kind == _INVALID:
                parts.append(self.delimiter)
            else:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == _INVALID:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    # Looks a key up in several mappings, the first one first.

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)
