//! String -> number parsing for `numfmt`: `float(str)` and `int(str, base)` with CPython 3.12's
//! rules (Unicode whitespace and decimal digits, underscores, prefixes, the 4300-digit limit).

use num_bigint::BigInt;

/// First code point of every run of ten Unicode decimal digits (category Nd, Unicode 15.0 as in
/// CPython 3.12), generated from `unicodedata.decimal`. Each run maps to 0..=9.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// Decimal value of a Unicode decimal digit (what `Py_UNICODE_TODECIMAL` returns), else None.
pub fn unicode_decimal(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let off = cp - DECIMAL_ZEROS[idx - 1];
    (off < 10).then_some(off)
}

/// `Py_ISSPACE`: the ASCII whitespace that the C-level number parsers skip.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Like `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII kept, non-ASCII whitespace -> ' ',
/// non-ASCII decimal digits -> ASCII digits; any other non-ASCII character makes the text
/// unparseable (CPython maps it to '?'), so `None`.
/// ASCII text is its own transform (the usual case): borrowed, not copied.
fn to_ascii_numeric(s: &str) -> Option<std::borrow::Cow<'_, [u8]>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s.as_bytes()));
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if crate::unicode::is_space(c) {
            out.push(b' ');
        } else {
            out.push(b'0' + unicode_decimal(c)? as u8);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

fn trim_c_space(mut t: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = t {
        if !is_c_space(*first) {
            break;
        }
        t = rest;
    }
    while let [rest @ .., last] = t {
        if !is_c_space(*last) {
            break;
        }
        t = rest;
    }
    t
}

/// `float(s)` for a str: `None` exactly where CPython raises ValueError. Accepts surrounding
/// whitespace, a sign, "inf"/"infinity"/"nan" in any case, decimal literals with optional
/// point and exponent, single underscores between digits, and Unicode decimal digits.
/// Out-of-range values give ±inf / ±0.0 like CPython; "-nan" gives a NaN with the sign bit set.
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = to_ascii_numeric(s)?;
    let t = trim_c_space(&buf);
    if t.is_empty() {
        return None;
    }
    if t.contains(&b'_') {
        // _Py_string_to_number_with_underscores: '_' only between two digits.
        let mut out = Vec::with_capacity(t.len());
        let mut prev = 0u8;
        for &c in t {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        parse_float_ascii(&out)
    } else {
        parse_float_ascii(t)
    }
}

/// Splits an optional sign off `t`: whether it was `-`, the rest, and the signed value
/// when the rest spells an infinity or a NaN (as `float()` and `float.fromhex` accept them).
fn sign_and_special(t: &[u8]) -> (bool, &[u8], Option<f64>) {
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    (neg, body, special.map(|v| if neg { -v } else { v }))
}

fn parse_float_ascii(t: &[u8]) -> Option<f64> {
    let (neg, body, special) = sign_and_special(t);
    if special.is_some() {
        return special;
    }
    let apply = |v: f64| if neg { -v } else { v };
    // digits [. digits] [e [sign] digits], at least one mantissa digit.
    let mut i = 0;
    let count_digits = |from: usize| {
        body[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let int_digits = count_digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(i);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = count_digits(i);
        if n == 0 {
            return None;
        }
        i += n;
    }
    if i != body.len() {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    text.parse::<f64>().ok().map(apply)
}

/// Why `float.fromhex` rejects its text.
#[derive(Debug, PartialEq, Eq)]
pub enum HexFloatError {
    /// Not `[sign] [0x] hexdigits [. hexdigits] [p [sign] digits]` nor inf/nan.
    Invalid,
    /// Rounds to 2**1024 or more.
    Overflow,
}

/// 2**e for -1074 <= e <= 1023 (subnormal powers included), exactly.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (e + 1074))
    }
}

/// `float.fromhex(s)`: the value correctly rounded (half-even) to a double, subnormals included.
/// Surrounding whitespace is C whitespace only; "inf"/"infinity"/"nan" take a sign.
pub fn parse_float_hex(s: &str) -> Result<f64, HexFloatError> {
    use num_bigint::BigUint;
    use num_traits::{ToPrimitive, Zero};
    let t = trim_c_space(s.as_bytes());
    let (neg, body, special) = sign_and_special(t);
    if let Some(v) = special {
        return Ok(v);
    }
    let apply = |v: f64| if neg { -v } else { v };
    let body = match body {
        [b'0', b'x' | b'X', rest @ ..] => rest,
        _ => body,
    };
    let mut mantissa = BigUint::zero();
    let (mut digits, mut frac_digits, mut i) = (0i64, 0i64, 0);
    let mut seen_point = false;
    while let Some(&c) = body.get(i) {
        if let Some(d) = (c as char).to_digit(16) {
            mantissa = (mantissa << 4u32) + d;
            digits += 1;
            frac_digits += seen_point as i64;
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return Err(HexFloatError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(body.get(i), Some(b'p' | b'P')) {
        i += 1;
        let negative = matches!(body.get(i), Some(b'-'));
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        while let Some(d) = body.get(i).filter(|c| c.is_ascii_digit()) {
            // Saturates like strtol; any such exponent is far out of range anyway.
            exp = exp.saturating_mul(10).saturating_add((d - b'0') as i64);
            i += 1;
        }
        if i == start {
            return Err(HexFloatError::Invalid);
        }
        if negative {
            exp = -exp;
        }
    }
    if i != body.len() {
        return Err(HexFloatError::Invalid);
    }
    if mantissa.is_zero() {
        return Ok(apply(0.0));
    }
    // The value is mantissa * 2**exp; top is one more than the exponent of its leading bit.
    let exp = exp as i128 - 4 * frac_digits as i128;
    let top = exp + mantissa.bits() as i128;
    if top < -1074 {
        return Ok(apply(0.0));
    }
    if top > 1024 {
        return Err(HexFloatError::Overflow);
    }
    // Exponent of the last bit kept: 53 bits, fewer for subnormals.
    let lsb = top.max(-1021) - 53;
    let (kept, scale) = if exp >= lsb {
        // Fits in 53 bits: exact.
        (mantissa.to_u64().expect("at most 53 bits"), exp)
    } else {
        let shift = (lsb - exp) as u64;
        let mut kept = (&mantissa >> shift).to_u64().expect("at most 53 bits");
        let half = BigUint::from(1u8) << (shift - 1);
        let rest = mantissa - (BigUint::from(kept) << shift);
        if rest > half || (rest == half && kept & 1 == 1) {
            kept += 1;
            if top == 1024 && kept == 1 << 53 {
                return Err(HexFloatError::Overflow);
            }
        }
        (kept, lsb)
    };
    // -1074 <= scale <= 1023 and kept * 2**scale is a double (a carry out of the largest
    // binade was caught above), so the product is exact.
    Ok(apply(kept as f64 * pow2(scale as i64)))
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(INT_MAX_STR_DIGITS);

/// The current limit on decimal digits converted between int and str (0: no limit), as set by
/// `sys.set_int_max_str_digits`.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// `int(s, base)` for a str: `None` exactly where CPython raises ValueError (bad literal, base
/// outside 0 and 2..=36, or more than 4300 digits in a base that is not a power of two).
/// [`parse_int_checked`] tells these cases apart.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_checked(s, base).ok()
}

/// Why `int(s, base)` fails; each is a ValueError in CPython.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// "int() base must be >= 2 and <= 36, or 0"
    BadBase,
    /// "invalid literal for int() with base {base}: {repr(s)}" (base as the caller passed it)
    Invalid,
    /// "Exceeds the limit (4300 digits) for integer string conversion: value has {n} digits;
    /// use sys.set_int_max_str_digits() to increase the limit" — n counts digits, not '_'.
    TooManyDigits(usize),
}

/// [`parse_int`] with the reason for a failure (see [`IntParseError`] for CPython's messages).
pub fn parse_int_checked(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    use IntParseError::{BadBase, Invalid, TooManyDigits};
    if base == 1 || base > 36 {
        return Err(BadBase);
    }
    let buf = to_ascii_numeric(s).ok_or(Invalid)?;
    let t = trim_c_space(&buf);
    let (neg, mut t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower1 = t.get(1).map(|b| b.to_ascii_lowercase());
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = if t.first() != Some(&b'0') {
            10
        } else {
            match lower1 {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    // Old C-style octal ("010") is invalid, but "00" / "0_0" are zero.
                    must_be_zero = true;
                    10
                }
            }
        };
    }
    if t.first() == Some(&b'0')
        && matches!(
            (base, lower1),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        t = &t[2..];
        // One underscore is allowed right after the prefix.
        if t.first() == Some(&b'_') {
            t = &t[1..];
        }
    }
    let mut digits = Vec::with_capacity(t.len());
    let mut prev = 0u8;
    for &c in t {
        if c == b'_' {
            if prev == b'_' || prev == 0 {
                return Err(Invalid);
            }
        } else {
            let d = (c as char).to_digit(36).ok_or(Invalid)?;
            if d >= base {
                return Err(Invalid);
            }
            digits.push(c);
        }
        prev = c;
    }
    if digits.is_empty() || prev == b'_' {
        return Err(Invalid);
    }
    if !base.is_power_of_two() && max_str_digits() > 0 && digits.len() > max_str_digits() {
        return Err(TooManyDigits(digits.len()));
    }
    if must_be_zero && digits.iter().any(|&d| d != b'0') {
        return Err(Invalid);
    }
    let v = BigInt::parse_bytes(&digits, base).ok_or(Invalid)?;
    Ok(if neg { -v } else { v })
}
