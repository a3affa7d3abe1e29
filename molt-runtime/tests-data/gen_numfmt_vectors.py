#!/usr/bin/env python3
"""Generate test vectors for molt-runtime's `numfmt` module from CPython 3.12 (the oracle).

Usage: PYENV_VERSION=3.12.1 python3.12 gen_numfmt_vectors.py [OUT] [--scale N] [--seed S]
Default OUT is ../src/numfmt/vectors.txt relative to this script. --scale multiplies the random
case counts (use a large scale and a scratch OUT for a one-off deep check; the checked-in file is
generated with the defaults and must stay < 300 KB).

One case per line, tab-separated, first field the kind:
  R    bits                      expect      repr(float)
  FF   bits  spec                result      format(float, spec)
  FI   int   spec                result      format(int, spec)
  FS   str   spec                result      format(str, spec)
  PI   flags width prec conv int result      '%...' % int
  PF   flags width prec conv bits result     '%...' % float
  PS   flags width prec str      result      '%...s' % str
  PFL  str                       result      float(str): float bits, "nan"/"-nan", or "!"
  PIN  str   base                result      int(str, base): decimal, or "!" (invalid literal),
                                             "!base" (bad base), "!limit=N" (N digits > 4300)
  RD   bits  ndigits             result      round(float, ndigits): float bits or "!msg"
A result "#len=N" (or "#bits=N") only checks the length of the text (or the int's bit length).
Floats are 16 hex digits of their IEEE bits. A result starting with '=' is a success value, with
'!' an error: "!message" for ValueError, "!OverflowError: message" for other types.
Strings escape '\\' as '\\\\' and control / non-printable characters as \\u{hex}.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 12), "the oracle is CPython 3.12"


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif o < 32 or o == 127 or not ch.isprintable():
            out.append('\\u{%x}' % o)
        else:
            out.append(ch)
    return ''.join(out)


def compress(s):
    """Long repetitive text as '@HEAD*CHUNK*COUNT*TAIL' (HEAD, CHUNK repeated COUNT times, TAIL)."""
    for h in range(4):
        head, body = s[:h], s[h:]
        for n in (1, 2, 3):
            chunk, k = body[:n], len(body) // n
            if chunk * k == body[:n * k] and len(body) - n * k < 10:
                return '@%s*%s*%d*%s' % (esc(head), esc(chunk), k, esc(body[n * k:]))
    raise ValueError('not repetitive: %r' % s[:20])


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def outcome(fn):
    try:
        return '=' + esc(fn())
    except ValueError as e:
        return '!' + esc(str(e))
    except (OverflowError, MemoryError) as e:
        return '!' + type(e).__name__ + ': ' + esc(str(e))


def main():
    args = sys.argv[1:]
    scale = 1
    seed = 20240612
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            '..', 'src', 'numfmt', 'vectors.txt')
    while args:
        a = args.pop(0)
        if a == '--scale':
            scale = int(args.pop(0))
        elif a == '--seed':
            seed = int(args.pop(0))
        else:
            out_path = a
    rnd = random.Random(seed)
    lines = []

    long_budget = [12]  # a few very long results are kept; the rest are dropped to stay small

    def add(*fields):
        line = '\t'.join(fields)
        if len(line) > 320 and scale == 1:
            if long_budget[0] <= 0:
                return
            long_budget[0] -= 1
        lines.append(line)

    # ---------------------------------------------------------------- floats to test
    edge = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 5e-324, -5e-324,
            2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, -2.5, 2.675, 1.0, -1.0,
            1e16, 1e15, 9999999999999998.0, 1e17, 2e16 + 8, 123456789012345.0,
            1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.0001234, 0.00001234,
            1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1 / 3, 2 / 3, 100.0,
            1e100, 12345.6789, -1.5e300, 1.5e300, 0.125, 0.375, 0.625, 9.5, 99.5, 999.5,
            0.05, 0.15, 0.25, 0.35, 0.45, 2.5e-5, 9.999999999999999e22, 1e21, 1e-7,
            123.456, 0.1 + 0.2, 1e308, 1e-308, 1e-320, 4.35, 4.45, 1.005, 8.5, 0.95,
            0.995, 9.995, 99.995, 5e-5, 5e-6, 1e6, 999999.5, 9999995.0, 0.000999999]
    edge += [10.0 ** k for k in range(-20, 25)]
    edge += [1.5 * 10.0 ** k for k in range(-8, 20, 3)]

    def rand_float():
        r = rnd.random()
        if r < 0.3:  # random bit pattern
            while True:
                x = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
                if math.isfinite(x):
                    return x
        if r < 0.6:  # "nice" decimal of random magnitude
            digits = rnd.randint(1, 17)
            m = rnd.randint(1, 10 ** digits - 1)
            e = rnd.randint(-30, 30) if rnd.random() < 0.8 else rnd.randint(-330, 300)
            x = float('%de%d' % (m, e))
            if math.isinf(x):
                x = 1.5e308
            return -x if rnd.random() < 0.3 else x
        if r < 0.8:  # uniform-ish in a moderate range
            return rnd.uniform(-1e6, 1e6) * 10.0 ** rnd.randint(-10, 10)
        # ties and near-ties: k/2^n with small n at various scales
        n = rnd.randint(1, 12)
        x = rnd.randint(0, 10 ** rnd.randint(1, 6)) / 2.0 ** n
        return -x if rnd.random() < 0.3 else x

    # ---------------------------------------------------------------- repr(float)
    for x in edge:
        add('R', fbits(x), '=' + repr(x))
    for _ in range(500 * scale):
        x = rand_float()
        add('R', fbits(x), '=' + repr(x))

    # ---------------------------------------------------------------- format specs
    fills = ['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0=', '0<', '0^', 'é>',
             ' =', '0>', '\x00^', '{<', '😀^']
    signs = ['', '', '+', '-', ' ']
    widths = ['', '', '', '1', '3', '5', '8', '10', '12', '16', '20', '25']
    groups = ['', '', '', ',', '_']

    def rand_spec(types, precs):
        return (rnd.choice(fills) + rnd.choice(signs) + ('z' if rnd.random() < 0.15 else '')
                + ('#' if rnd.random() < 0.2 else '') + ('0' if rnd.random() < 0.2 else '')
                + rnd.choice(widths) + rnd.choice(groups) + rnd.choice(precs) + rnd.choice(types))

    float_types = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
    float_precs = ['', '', '', '.0', '.1', '.2', '.3', '.5', '.6', '.10', '.17', '.20']
    float_specs = ['', 'e', 'f', 'g', '%', 'n', '.0', '.1', '.2', '.3', '.16', '.17', '#', '#.0',
                   '#.3', '#g', '#.0e', '#.0f', '#.0%', '١٠', '.١f', '٠5.2e', 'z', 'z.1f', 'z.0e', 'z%', '+', ' ', '-',
                   ',', '_', ',.2f', '_.3e', '010', '010,', '011_', '=+12,.3f', '0=15,', 'x=15,',
                   '^+20.3e', '<12', '09,', '08,', '07,', '.0n', '.10n', 'E', 'F', 'G', '.12G',
                   '#.12G', '.30f', '.25e', '.1000e', '.400f']
    bad_float_specs = ['d', 'x', 'c', 's', 'b', '#x', ',n', '_n', ',x', '_x', 'abc', '.', '.f',
                       ',_', '_,', ',,', '__', '.2147483648f', '9999999999999999999', 'é', ',é',
                       '\x01', '\x7f', '5 ', '=5q', 'zz', '#z']
    for x in edge:
        for spec in rnd.sample(float_specs, 6):
            add('FF', fbits(x), esc(spec), outcome(lambda: format(x, spec)))
    for spec in float_specs:
        for x in [1.5, -0.0, 1234567.891, 1e-7, math.inf, math.nan]:
            add('FF', fbits(x), esc(spec), outcome(lambda: format(x, spec)))
    for spec in bad_float_specs:
        add('FF', fbits(1.5), esc(spec), outcome(lambda: format(1.5, spec)))
    for _ in range(1000 * scale):
        x = rand_float() if rnd.random() < 0.85 else rnd.choice(edge)
        if rnd.random() < 0.4 and abs(x) > 1e40 or abs(x) < 1e-40 and x != 0:
            precs = ['', '.0', '.1', '.3', '.6', '.12']
            types = [t for t in float_types if t not in ('f', 'F', '%')]
        else:
            precs, types = float_precs, float_types
        spec = rand_spec(types, precs)
        add('FF', fbits(x), esc(spec), outcome(lambda: format(x, spec)))

    # ---------------------------------------------------------------- format(int)
    int_edge = [0, 1, -1, 7, 10, 65, 255, -255, 1000, 1234, -1234, 65535, 123456789,
                -123456789, 2 ** 31, 2 ** 63, -2 ** 63, 2 ** 64 - 1, 10 ** 20, -10 ** 20,
                2 ** 200 + 12345, 0x110000, 0x10ffff, 0x1F600, 2 ** 1023, 2 ** 1024,
                2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 53 + 1, 2 ** 54 + 2,
                2 ** 54 + 6, 10 ** 22, 10 ** 23, -(2 ** 1100)]
    int_specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', ',', '_',
                 '_b', '_x', '#_x', '#012_x', '#010x', '015,', '015_', '+015_x', '#015_X', '+',
                 ' ', '-', '=+10', '*^11', '<010', '0=9,', 'x=9,', '0<9,', '09,', '08,', '05,',
                 '04,', 'e', 'E', 'f', '.2f', 'g', 'G', '%', '.3%', ',.2f', '_g', 'z.1f', '.0e',
                 '=05c', '<05c', '^5c', '#.0f', '20', '#', '١٠', '٠5', '0١٠',
                 # errors
                 '.2', '.2d', '.2c', 'z', 'zd', 'z,d', '+c', ' c', '-c', '#c', ',c', '_c', ',b',
                 ',x', ',n', '_n', 'q', ',q', '.2q', 's', 'abc', '.', '.x', ',_', '_,', ',,',
                 '__', 'é', ',é', '\x01', '5 ', '#zc', 'zc']
    for v in int_edge:
        for spec in int_specs:
            if spec and rnd.random() < 0.75:
                continue
            add('FI', str(v), esc(spec), outcome(lambda: format(v, spec)))
    int_types = ['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'G']
    for _ in range(500 * scale):
        k = rnd.choice([1, 2, 4, 8, 16, 30, 64, 65, 100, 200, 400])
        v = rnd.getrandbits(k) * rnd.choice([1, 1, -1])
        ty = rnd.choice(int_types)
        if ty == 'c':
            v = rnd.choice([v % 0xd800, rnd.randint(0xe000, 0x10ffff), v])
            if 0xd800 <= v < 0xe000:
                v = 0xd7ff  # lone surrogates cannot be represented in Rust strings
        precs = float_precs if ty in 'efg%G' and ty else ['', '', '', '', '.2']
        spec = rand_spec([ty], precs)
        add('FI', str(v), esc(spec), outcome(lambda: format(v, spec)))
    # decimal digit limit
    for neg, exp, spec in [(0, 4299, ''), (1, 4299, '+'), (0, 4300, ''), (0, 4300, 'x'),
                           (0, 4300, ','), (0, 4300, 'n'), (1, 4300, '_b'), (0, 4300, 'e')]:
        v = -10 ** exp if neg else 10 ** exp
        r = outcome(lambda: format(v, spec))
        res = r if r.startswith('!') else '#len=%d' % (len(r) - 1)
        add('FI', ('-' if neg else '') + '10**%d' % exp, esc(spec), res)

    # ---------------------------------------------------------------- format(str)
    strs = ['', 'a', 'abc', 'hello world', '日本語', 'émoji 😀!', 'tab\there', 'x' * 30,
            'ß', 'a\u0301', '\x00\x01', 'back\\slash', '{}']
    str_specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '05', '010', '0<3', ' <010', '.2',
                 '.0', '.2s', '>10.1', '.10', '٣', '.١', '0٣', '😀^9', 'é>8', '.1000000000', '0', '00',
                 # errors
                 '=5', '+', '-', ' ', '< ', 'z', '#', ',', '_', ',s', 'd', 'x', 'ss', '.', '+#',
                 '#=', '=#', '=+', 'z+', '+d', 'z=', 'z#', ',d', '=d', '5 ', '.2d', '=z', '+z',
                 ' z', 'z,', '#,', '=,', ',.2', '.2,', '\x01', '\x7f', '\x80', 'é', '=5é']
    for s in strs:
        for spec in str_specs:
            if spec and rnd.random() < 0.65:
                continue
            add('FS', esc(s), esc(spec), outcome(lambda: format(s, spec)))
    for _ in range(250 * scale):
        s = rnd.choice(strs)
        spec = (rnd.choice(fills) + rnd.choice(['', '', '', '0']) + rnd.choice(widths)
                + rnd.choice(['', '', '.0', '.1', '.3', '.8']) + rnd.choice(['', 's']))
        add('FS', esc(s), esc(spec), outcome(lambda: format(s, spec)))

    # ---------------------------------------------------------------- printf-style
    def rand_flags():
        return ''.join(f for f in '-+ #0' if rnd.random() < 0.25)

    pct_widths = ['', '', '1', '5', '8', '12', '20']
    pct_precs = ['', '', '0', '1', '3', '6', '10']

    def pct(flags, width, prec, conv, v):
        fmt = '%' + flags + width + ('.' + prec if prec else '') + conv
        return '=' + esc(fmt % v)

    for _ in range(350 * scale):
        v = rnd.choice(int_edge[:20] + [rnd.getrandbits(rnd.choice([3, 8, 40, 90])) *
                                        rnd.choice([1, -1])])
        flags, width, prec = rand_flags(), rnd.choice(pct_widths), rnd.choice(pct_precs)
        conv = rnd.choice('diuoxX')
        add('PI', flags, width, prec, conv, str(v), pct(flags, width, prec, conv, v))
    for _ in range(450 * scale):
        x = rand_float() if rnd.random() < 0.75 else rnd.choice(edge)
        flags, width, prec = rand_flags(), rnd.choice(pct_widths), rnd.choice(pct_precs)
        conv = rnd.choice('eEfFgG')
        if conv in 'fF' and abs(x) > 1e30:
            conv = 'g'
        add('PF', flags, width, prec, conv, fbits(x), pct(flags, width, prec, conv, x))
    for _ in range(120 * scale):
        s = rnd.choice(strs)
        flags, width, prec = rand_flags(), rnd.choice(pct_widths), rnd.choice(pct_precs)
        add('PS', flags, width, prec, esc(s), pct(flags, width, prec, 's', s))

    # ---------------------------------------------------------------- float(str)
    def float_result(s):
        try:
            x = float(s)
        except ValueError:
            return '!'
        if math.isnan(x):
            return '=' + ('-nan' if math.copysign(1, x) < 0 else 'nan')
        return '=' + fbits(x)

    float_strs = ['\x1c1.5', '\x851.5\x85', ' 1.5 ', '1_0.5', '1._5', '1_.5', '1e1_0', '1e_10',
                  '1_e10', '_1.5', '1.5_', '.5', '5.', '.', 'e5', '1e', '1e+', '1e+5', '+1E5',
                  '-.5e-3', 'inf', '-Infinity', '+nan', '-nan', 'NaN', 'nAn', 'infinity',
                  'infinit', 'infin', 'in', 'iNf ', '+-1', '1.2.3', '0x10', '1e500', '-1e500',
                  '1e-400', '١.٥', '１e３', '1_0_0', '1__0', '0_0.0_0', '00.5', '1e0001', '.e1',
                  '1.e1', '-', '+', '', ' ', 'inf_', 'i_nf', '1\x00', 'nan(1)', '1d5', '１_２',
                  '1 2', '1\xa0', '\u2028 1', '\t\n\x0b\x0c\r 7 \r\n', '1e99999999999999999999',
                  '1e-99999999999999999999', '0e99999999999999', '0.' + '0' * 400 + '1e400',
                  '2.2250738585072011e-308', '4.9406564584124654e-324', '2.4703282292062328e-324',
                  '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308',
                  '9007199254740993', '0.1e-0', '+.1', '-0', '-0.0', '1e+-5', '1E5E5', '٣e٢',
                  '1\u200b', '\u3000-2.5\u3000', 'Infinity1', '-iNfInItY', '1_000e-1_0', '٠x1']
    for s in float_strs:
        add('PFL', esc(s), float_result(s))
    for _ in range(250 * scale):
        x = rand_float()
        s = rnd.choice([repr(x), '%.20e' % x, '%.5g' % x, '%.17f' % x if abs(x) < 1e20 else
                        repr(x)])
        if rnd.random() < 0.3 and 'e' not in s and len(s) > 3:
            i = rnd.randint(1, len(s) - 1)
            s = s[:i] + '_' + s[i:]
        if rnd.random() < 0.2:
            s = rnd.choice([' ', '\t', '\u00a0', '']) + s + rnd.choice([' ', '\n', ''])
        add('PFL', esc(s), float_result(s))

    # ---------------------------------------------------------------- int(str, base)
    def int_result(s, b):
        try:
            v = int(s, b)
        except ValueError as e:
            m = str(e)
            if m.startswith('int() base must be'):
                return '!base'
            if m.startswith('Exceeds the limit'):
                return '!limit=' + m.split('value has ')[1].split(' ')[0]
            return '!'
        return '=' + str(v) if v.bit_length() < 10000 else '#bits=%d' % v.bit_length()

    int_strs = [('_1', 10), ('1_', 10), ('1__2', 10), ('1_2', 10), ('0x_1', 16), ('0x_1', 0),
                ('0x__1', 0), ('0_x1', 0), ('0b_', 0), ('0_0', 0), ('00', 0), ('0_7', 0),
                ('07', 0), ('0o7', 8), ('0o7', 0), ('0o7', 10), ('0b1', 16), ('0x', 16),
                (' +1 ', 10), ('- 1', 10), ('+-1', 10), ('١٢', 10), ('１２', 0), ('z', 36),
                ('Z', 36), ('\u00a012\u2003', 10), ('\x1c12\x1f', 10), ('12\x00', 10), ('', 10),
                ('  ', 10), ('+', 10), ('0', 0), ('-0', 0), ('0x1F', 0), ('0X1f', 16), ('9', 8),
                ('1_000_000', 0), ('0_0_0', 0), ('0__0', 0), ('0b102', 0), ('10', 37),
                ('10', 1), ('٠x1', 0), ('0x٣', 0), ('_', 10), ('0_', 0), ('0x1_', 0),
                ('0B1010', 0), ('0O17', 0), ('0o', 8), ('0b', 2), ('0x_', 16), ('-0x10', 0),
                ('+0b11', 2), ('0b11', 10), ('1e5', 10), ('1.0', 10), ('ff', 16), ('FF', 15),
                ('zz', 35), ('ZZ', 36), ('12', 2), ('\t-42\n', 10), ('42 ', 0),
                ('0' * 30 + '1', 10), ('0' * 30, 0), ('0' * 30 + '1', 0), ('9' * 60, 10),
                ('-' + 'f' * 70, 16), ('1' * 4300, 10), ('1' * 4301, 10), ('0' * 4301, 10),
                ('1_' * 4300 + '1', 10), ('1' * 5000, 16), ('1' * 5000, 0), ('1' * 4301, 32),
                ('1' * 4301, 36), ('1' * 4301, 7), ('0' + '1' * 4301, 0), ('0' * 4301, 0),
                ('1' * 4301 + 'x', 10), ('1' * 4300 + '_1', 7), ('1' * 4301 + '_', 10)]
    for s, b in int_strs:
        r = int_result(s, b)
        if len(r) > 200:
            r = '#len=%d' % (len(r) - 1)
        if len(s) > 100:
            add('PIN', compress(s), str(b), r)
        else:
            add('PIN', esc(s), str(b), r)
    digits36 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
    for _ in range(250 * scale):
        b = rnd.choice([0, 2, 8, 10, 10, 16, 36, rnd.randint(2, 36)])
        eb = b or 10
        n = rnd.randint(1, 25)
        body = ''.join(rnd.choice(digits36[:eb] + digits36[10 + 26:10 + 26 + max(0, eb - 10)])
                       for _ in range(n))
        if b == 0 and rnd.random() < 0.5:
            pfx = rnd.choice(['0x', '0o', '0b', '0X'])
            body = pfx + ''.join(rnd.choice('01') for _ in range(n))
        elif b in (2, 8, 16) and rnd.random() < 0.3:
            body = {2: '0b', 8: '0o', 16: '0x'}[b] + body
        if rnd.random() < 0.3:
            i = rnd.randint(0, len(body))
            body = body[:i] + '_' + body[i:]
        if rnd.random() < 0.1:
            body = body.replace(rnd.choice(body), rnd.choice('g9 _-'), 1)
        s = rnd.choice(['', '', '-', '+', ' ', ' -']) + body + rnd.choice(['', '', ' ', '\n'])
        add('PIN', esc(s), str(b), int_result(s, b))

    # ---------------------------------------------------------------- round(float, n)
    def round_result(x, n):
        try:
            return '=' + fbits(round(x, n))
        except OverflowError as e:
            return '!OverflowError: ' + str(e)

    round_cases = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-0.3, 0), (-0.3, -1),
                   (5000.0, -4), (15000.0, -4), (1.7976931348623157e308, -308),
                   (1.7976931348623157e308, -307), (1e300, 400), (1e-300, 400), (1.23, -400),
                   (-1.23, -400), (math.inf, 2), (math.nan, -2), (0.125, 2), (0.375, 2),
                   (1e22, -22), (123.456, -1), (5e-324, 323), (5e-324, 324), (1.5, 1000),
                   (1e16, -16), (2.0 ** 52 + 0.5, 0), (0.0, 3), (-0.0, -3), (1.0, -308),
                   (5e307, -308), (9.5e307, -308), (1.25, 1), (1.35, 1), (-2.5, 0),
                   (12345.5, -1), (25.0, -1), (35.0, -1), (-25.0, -1), (1e308, -308)]
    for x, n in round_cases:
        add('RD', fbits(x), str(n), round_result(x, n))
    for _ in range(250 * scale):
        x = rand_float()
        mag = 0 if x == 0 else int(math.floor(math.log10(abs(x))))
        n = rnd.choice([rnd.randint(-3, 6), -mag + rnd.randint(-2, 17), rnd.randint(-330, 330)])
        add('RD', fbits(x), str(n), round_result(x, n))

    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print('%d cases, %d bytes -> %s' % (len(lines), os.path.getsize(out_path), out_path))


if __name__ == '__main__':
    main()
