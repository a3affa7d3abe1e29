//! `numfmt` owns CPython 3.12-exact text formatting and parsing of numbers and strings:
//! `repr(float)`, the format-spec mini-language for int/float/str (`format()`, f-strings,
//! `str.format`), the printf-style `%` pieces, `float(str)`, `int(str, base)` and
//! `round(float, n)`. Pure functions: no Python object model involved.
//!
//! Error convention: every `Err(String)` is the exact text of the exception CPython raises.
//! A message with no prefix is a `ValueError`; other exception types are spelled as a prefix,
//! `"OverflowError: ..."` (e.g. `format(2**1100, 'f')`, `format(-1, 'c')`), or
//! `"MemoryError: ..."` for absurd widths, so the caller can tell which exception to raise.
//! One deliberate difference: `format(0xD800, 'c')` (a lone surrogate) cannot live in a Rust
//! string, so it returns an (unprefixed) `Err` where CPython would succeed.

mod digits;
mod parse;
#[cfg(test)]
mod tests;

pub use digits::{float_repr, int_to_f64, round_float, round_float_checked};
pub use parse::{max_str_digits, parse_float, parse_float_hex, parse_int, parse_int_checked, set_max_str_digits, unicode_decimal, HexFloatError, IntParseError, INT_MAX_STR_DIGITS};

use digits::{float_body, Mode};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// When the `0` flag is present (only possible without an explicit fill) `zero_pad` is true and
/// `fill` is already `'0'`; `align` stays `None` unless given, and the formatter then uses `'='`
/// for numbers and `'<'` for strings, as CPython does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// An int to format: machine-sized ints skip the big-int conversion (and its allocation).
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(b: &'a BigInt) -> Self {
        IntRef::Big(b)
    }
}

impl From<i64> for IntRef<'_> {
    fn from(i: i64) -> Self {
        IntRef::Small(i)
    }
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// The digits of the absolute value in `radix` (2, 8, 10 or 16), lowercase.
    fn magnitude_digits(self, radix: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let m = i.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }
    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => int_to_f64(b),
        }
    }
}

/// Widths at or above this are refused with `"MemoryError: "` instead of trying to allocate.
const MAX_WIDTH: usize = 1 << 40;

/// `'%c'` in CPython's messages: printable ASCII as itself, anything else as `\x<hex>`.
fn code_text(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(c),
        type_name
    )
}

/// Reads a run of (Unicode) decimal digits as CPython's `get_integer` does.
fn get_integer(c: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: u64 = 0;
    let mut any = false;
    while let Some(d) = c.get(*pos).and_then(|&ch| parse::unicode_decimal(ch)) {
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc as usize))
}

/// Parses a format spec with no type context: no default presentation type, and the
/// "Invalid format specifier" message names type 'object'. Use [`parse_format_spec_for`] for
/// the exact per-type behaviour (`format_int`/`format_float`/`format_str` do).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object", None)
}

/// Parses `spec` the way CPython's `parse_internal_render_format_spec` does for an object of
/// type `type_name` whose default presentation type is `default_type` ('d' for int, 's' for
/// str, None for float). When no type is given, `ty` is `default_type`; the grouping/type
/// compatibility check uses it too (so `format('a', ',')` fails with "Cannot specify ',' with 's'.").
pub fn parse_format_spec_for(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
) -> Result<FormatSpec, String> {
    // Specs are short: their characters go into a stack buffer when they fit.
    let mut small = ['\0'; 24];
    let long: Vec<char>;
    let c: &[char] = if spec.len() <= small.len() {
        let mut n = 0;
        for ch in spec.chars() {
            small[n] = ch;
            n += 1;
        }
        &small[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
    let n = c.len();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    let mut fill_given = false;
    if n >= 2 && is_align(c[1]) {
        f.fill = c[0];
        f.align = Some(c[1]);
        fill_given = true;
        pos = 2;
    } else if n >= 1 && is_align(c[0]) {
        f.align = Some(c[0]);
        pos = 1;
    }
    if pos < n && matches!(c[pos], '+' | '-' | ' ') {
        f.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < n && c[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && c[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_given && pos < n && c[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    f.width = get_integer(c, &mut pos)?;
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    if pos < n && c[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < n && c[pos] == '_' {
        if f.grouping.is_some() {
            return Err(BOTH.to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < n && c[pos] == ',' && f.grouping == Some('_') {
        return Err(BOTH.to_string());
    }
    if pos < n && c[pos] == '.' {
        pos += 1;
        f.precision = get_integer(c, &mut pos)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if n - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    f.ty = if n - pos == 1 {
        Some(c[pos])
    } else {
        default_type
    };
    if let Some(g) = f.grouping {
        let ok = match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if !ok {
            return Err(format!(
                "Cannot specify '{}' with '{}'.",
                g,
                code_text(f.ty.unwrap_or('\0'))
            ));
        }
    }
    Ok(f)
}

/// Inserts `sep` every `size` digits from the right, zero-padding the digit run up to
/// `min_width` characters the way CPython's `_PyUnicode_InsertThousandsGrouping` does (a
/// separator is never left leading: another '0' is added, so the result may exceed min_width).
fn group_digits(digits: &str, sep: Option<(char, usize)>, min_width: usize) -> String {
    let Some((sep, size)) = sep else {
        let pad = min_width.saturating_sub(digits.len());
        let mut s = "0".repeat(pad);
        s.push_str(digits);
        return s;
    };
    let d = digits.as_bytes();
    let size = size as isize;
    let mut rev: Vec<char> = Vec::with_capacity(d.len() + d.len() / 3 + min_width);
    let mut remaining = d.len() as isize;
    let mut min_w = min_width as isize;
    let mut idx = d.len();
    loop {
        let l = remaining.max(min_w).max(1).min(size);
        let n_chars = remaining.min(l).max(0);
        for _ in 0..n_chars {
            idx -= 1;
            rev.push(d[idx] as char);
        }
        rev.extend(std::iter::repeat_n('0', (l - n_chars) as usize));
        remaining -= n_chars;
        min_w -= l;
        if remaining <= 0 && min_w <= 0 {
            break;
        }
        min_w -= 1;
        rev.push(sep);
    }
    rev.iter().rev().collect()
}

/// Lays out a formatted number: `sign`, `prefix` ("0x"...), the integer `digits` (grouped /
/// zero-padded), then `rest` (fraction, exponent, '%', or the whole text of inf/nan/'c').
#[allow(clippy::too_many_arguments)]
fn assemble(
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    sep: Option<(char, usize)>,
    fill: char,
    align: char,
    width: usize,
) -> String {
    let rest_len = rest.chars().count();
    let fixed = sign.len() + prefix.len() + rest_len;
    let min_width = if fill == '0' && align == '=' {
        width.saturating_sub(fixed)
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, sep, min_width)
    };
    let total = fixed + grouped.chars().count();
    let pad = width.saturating_sub(total);
    let fills = |k: usize| std::iter::repeat_n(fill, k);
    let mut out = String::with_capacity(total + pad * fill.len_utf8());
    let (left, mid, right) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    out.extend(fills(left));
    out.push_str(sign);
    out.push_str(prefix);
    out.extend(fills(mid));
    out.push_str(&grouped);
    out.push_str(rest);
    out.extend(fills(right));
    out
}

fn check_width(f: &FormatSpec) -> Result<usize, String> {
    let w = f.width.unwrap_or(0);
    if w >= MAX_WIDTH {
        return Err("MemoryError: ".to_string());
    }
    Ok(w)
}

/// Sign text for a number: '-' when negative, else the spec's '+' / ' ' / nothing.
fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// CPython's `int.__format__` / `format(int, spec)`. Types b c d o x X n and the float types
/// e E f F g G % (the int is converted to float first; too large gives
/// `Err("OverflowError: int too large to convert to float")`); no type means 'd'.
/// Decimal output of more than 4300 digits fails like CPython's int_max_str_digits limit.
pub fn format_int<'a>(v: impl Into<IntRef<'a>>, spec: &str) -> Result<String, String> {
    format_int_named(v, spec, "int")
}

/// [`format_int`] with the type name used in messages (e.g. "bool" for a bool with a
/// non-empty spec).
pub fn format_int_named<'a>(v: impl Into<IntRef<'a>>, spec: &str, type_name: &str) -> Result<String, String> {
    let v: IntRef = v.into();
    let f = parse_format_spec_for(spec, type_name, Some('d'))?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v
                .to_f64()
                .ok_or_else(|| "OverflowError: int too large to convert to float".to_string())?;
            return format_float_spec(x, &f);
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if f.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let width = check_width(&f)?;
    let align = f.align.unwrap_or(if f.zero_pad { '=' } else { '>' });
    if ty == 'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if f.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let n = v.to_i64().ok_or_else(|| {
            "OverflowError: Python int too large to convert to C long".to_string()
        })?;
        if !(0..=0x10ffff).contains(&n) {
            return Err("OverflowError: %c arg not in range(0x110000)".to_string());
        }
        // Lone surrogates cannot live in a Rust string.
        let ch = char::from_u32(n as u32)
            .ok_or_else(|| format!("%c arg {n:#x} is a surrogate code point, not representable"))?;
        return Ok(assemble(
            "",
            "",
            "",
            &ch.to_string(),
            None,
            f.fill,
            align,
            width,
        ));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude_digits(radix);
    if radix == 10 && max_str_digits() > 0 && digits.len() > max_str_digits() {
        return Err(int_str_limit_message());
    }
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    let sep = f.grouping.map(|g| (g, if radix == 10 { 3 } else { 4 }));
    let sign = sign_text(v.is_negative(), f.sign);
    Ok(assemble(
        sign, prefix, &digits, "", sep, f.fill, align, width,
    ))
}

/// CPython's message when an int has too many decimal digits to convert to str.
pub fn int_str_limit_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// CPython's `float.__format__` / `format(float, spec)`: types e E f F g G n % and none
/// (repr-like when no precision, else 'g' that keeps a ".0" and switches to exponent one digit
/// earlier).
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "float", None)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &f),
        Some(other) => Err(unknown_code(other, "float")),
    }
}

/// Formats a float given an already parsed spec whose type is a float type or None.
fn format_float_spec(x: f64, f: &FormatSpec) -> Result<String, String> {
    if let Some(p) = f.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".to_string());
        }
    }
    let width = check_width(f)?;
    let mut x = x;
    let mut pct = false;
    let mut add_dot_0 = false;
    let upper = matches!(f.ty, Some('E' | 'F' | 'G'));
    let p = f.precision.unwrap_or(6);
    let mode = match f.ty {
        None => {
            add_dot_0 = true;
            match f.precision {
                None => Mode::Repr,
                Some(p) => Mode::General(p),
            }
        }
        Some('e' | 'E') => Mode::Exp(p),
        Some('f' | 'F') => Mode::Fixed(p),
        Some('%') => {
            x *= 100.0;
            pct = true;
            Mode::Fixed(p)
        }
        _ => Mode::General(p), // g G n
    };
    let mut body = float_body(x.abs(), mode, f.alternate, add_dot_0, upper);
    if pct {
        body.push('%');
    }
    let mut negative = x.is_sign_negative() && !x.is_nan();
    if negative && f.no_neg_zero && x.is_finite() && is_zero_text(&body) {
        negative = false;
    }
    let sign = sign_text(negative, f.sign);
    let align = f.align.unwrap_or(if f.zero_pad { '=' } else { '>' });
    let (digits, rest) = if x.is_finite() {
        let k = body.bytes().take_while(u8::is_ascii_digit).count();
        body.split_at(k)
    } else {
        ("", body.as_str())
    };
    let sep = if x.is_finite() {
        f.grouping.map(|g| (g, 3))
    } else {
        None
    };
    Ok(assemble(sign, "", digits, rest, sep, f.fill, align, width))
}

/// True when the mantissa of a formatted finite number has no non-zero digit.
fn is_zero_text(body: &str) -> bool {
    !body
        .chars()
        .take_while(|c| !matches!(c, 'e' | 'E'))
        .any(|c| matches!(c, '1'..='9'))
}

/// CPython's `str.__format__` / `format(str, spec)`: type 's' or none; width and precision
/// count characters (code points).
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "str", Some('s'))?;
    match f.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
    }
    match f.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if f.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if f.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let width = check_width(&f)?;
    let text = match f.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    let align = f.align.unwrap_or('<');
    Ok(pad_text(text, f.fill, align, width))
}

fn pad_text(text: &str, fill: char, align: char, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        return text.to_string();
    }
    let pad = width - len;
    let (left, right) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Already-parsed flags of one printf-style conversion (`%[flags][width][.precision]conv`).
/// `left` = '-', `plus` = '+', `space` = ' ', `alternate` = '#', `zero` = '0'.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// Pads a printf-style number: '-' pads right with spaces, else '0' puts zeros between the
/// sign/prefix and the body (even for inf/nan, as CPython does), else spaces on the left.
fn percent_pad(sign: &str, prefix: &str, body: &str, spec: &PercentSpec) -> String {
    let len = sign.len() + prefix.len() + body.len();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    if spec.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if spec.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

fn percent_sign(negative: bool, spec: &PercentSpec) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// `'%d' % v` and friends: conv d i u o x X. Precision is a minimum digit count; '#' adds
/// 0o/0x/0X. (The caller enforces the decimal digit limit if it wants to; see
/// [`int_str_limit_message`].)
pub fn percent_format_int<'a>(v: impl Into<IntRef<'a>>, spec: &PercentSpec) -> String {
    let v: IntRef = v.into();
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude_digits(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision {
        if p > digits.len() {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let prefix = if spec.alternate { prefix } else { "" };
    percent_pad(percent_sign(v.is_negative(), spec), prefix, &digits, spec)
}

/// `'%f' % x` and friends: conv e E f F g G (precision defaults to 6; '#' keeps the point and,
/// for g/G, trailing zeros).
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> String {
    let p = spec.precision.unwrap_or(6);
    let mode = match spec.conv {
        'e' | 'E' => Mode::Exp(p),
        'f' | 'F' => Mode::Fixed(p),
        _ => Mode::General(p),
    };
    let upper = matches!(spec.conv, 'E' | 'F' | 'G');
    let body = float_body(x.abs(), mode, spec.alternate, false, upper);
    let negative = x.is_sign_negative() && !x.is_nan();
    percent_pad(percent_sign(negative, spec), "", &body, spec)
}

/// `'%s' % s` (and %r/%a after the caller made the text): precision truncates to that many
/// characters, width pads with spaces (right-aligned unless `left`); '0' is ignored.
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> String {
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    pad_text(
        text,
        ' ',
        if spec.left { '<' } else { '>' },
        spec.width.unwrap_or(0),
    )
}
