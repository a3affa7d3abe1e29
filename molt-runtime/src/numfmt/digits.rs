//! Float <-> decimal digit machinery for `numfmt`: shortest/fixed/significant digit generation,
//! CPython's `format_float_short` layout rules (e/f/g/repr modes), `round(float, n)` and int -> float.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive};

/// Exact decimal digits beyond these counts are always zero for an f64, so Rust's formatter
/// (whose precision is limited to u16) never has to be asked for more.
const MAX_SIG_DIGITS: usize = 800; // an f64 has at most 767 significant decimal digits
const MAX_FRAC_DIGITS: usize = 1100; // an f64 has at most 1074 fractional decimal digits

/// Splits Rust's `{:e}` output ("1.2345e-7") into digits and decpt (value = 0.DIGITS * 10^decpt).
fn split_exp(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent digits");
    let digits: Vec<u8> = mant.bytes().filter(|b| *b != b'.').collect();
    (digits, exp + 1)
}

/// Shortest round-trip digits of a finite `x >= 0` (like dtoa mode 0): `(digits, decpt)`.
pub(super) fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let (d, decpt) = split_exp(&format!("{:e}", x));
    // With 16+ digits several strings of that length may round-trip; CPython (dtoa mode 0)
    // prints the one nearest the exact value, which Rust's shortest mode does not promise.
    // Below 16 digits the round-tripping string of a given length is unique.
    if d.len() >= 16 {
        let (near, near_decpt) = sig_digits(x, d.len());
        if near != d {
            let text = format!(
                "0.{}e{}",
                std::str::from_utf8(&near).expect("ascii"),
                near_decpt
            );
            if text.parse::<f64>() == Ok(x) {
                return (near, near_decpt);
            }
        }
    }
    (d, decpt)
}

/// Exactly `n >= 1` significant digits of finite `x >= 0`, correctly rounded (half-even on the
/// exact binary value), like dtoa mode 2. Zero gives `n` zeros with decpt 1.
pub(super) fn sig_digits(x: f64, n: usize) -> (Vec<u8>, i32) {
    let n = n.max(1);
    if x == 0.0 {
        return (vec![b'0'; n], 1);
    }
    let m = n.min(MAX_SIG_DIGITS);
    let (mut d, decpt) = split_exp(&format!("{:.*e}", m - 1, x));
    d.resize(n, b'0');
    (d, decpt)
}

/// `x` (finite, >= 0) with exactly `prec` digits after the point (no point when `prec == 0`),
/// correctly rounded half-even on the exact value, like dtoa mode 3.
pub(super) fn fixed_digits(x: f64, prec: usize) -> String {
    if prec <= MAX_FRAC_DIGITS {
        format!("{:.*}", prec, x)
    } else {
        let mut s = format!("{:.*}", MAX_FRAC_DIGITS, x);
        s.extend(std::iter::repeat_n('0', prec - MAX_FRAC_DIGITS));
        s
    }
}

/// Which digit-generation mode a float presentation type uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// `repr`: shortest digits, exponent when decpt <= -4 or decpt > 16.
    Repr,
    /// 'e': precision digits after the point.
    Exp(usize),
    /// 'f': precision digits after the point.
    Fixed(usize),
    /// 'g': precision significant digits (0 treated as 1).
    General(usize),
}

/// Formats finite-or-not `x >= 0` (sign handled by caller; pass `x.abs()`) following CPython's
/// `PyOS_double_to_string` rules. `alt` = '#', `add_dot_0` = Py_DTSF_ADD_DOT_0 (used by repr and by
/// the empty presentation type), `upper` = E/F/G.
pub(super) fn float_body(x: f64, mode: Mode, alt: bool, add_dot_0: bool, upper: bool) -> String {
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if upper { "INF" } else { "inf" }.to_string();
    }
    let mut out = String::new();
    match mode {
        Mode::Fixed(p) => {
            out = fixed_digits(x, p);
            if p == 0 && alt {
                out.push('.');
            }
        }
        Mode::Exp(p) => {
            let (d, decpt) = sig_digits(x, p + 1);
            layout_exp(&mut out, &d, decpt, alt, upper);
        }
        Mode::General(p) => {
            let p = p.max(1);
            let (mut d, decpt) = sig_digits(x, p);
            if !alt {
                while d.len() > 1 && d.last() == Some(&b'0') {
                    d.pop();
                }
            }
            // With ADD_DOT_0 (empty type + precision) CPython switches to exponent one digit
            // earlier so that the ".0" it appends never shows more than `p` digits.
            let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            if decpt <= -4 || i64::from(decpt) > limit {
                layout_exp(&mut out, &d, decpt, alt, upper);
            } else {
                layout_fixed(&mut out, &d, decpt, alt, add_dot_0);
            }
        }
        Mode::Repr => {
            let (d, decpt) = shortest_digits(x);
            if !(-4 < decpt && decpt <= 16) {
                layout_exp(&mut out, &d, decpt, alt, upper);
            } else {
                layout_fixed(&mut out, &d, decpt, alt, add_dot_0);
            }
        }
    }
    out
}

fn push_digits(out: &mut String, d: &[u8]) {
    out.extend(d.iter().map(|&b| b as char));
}

fn layout_exp(out: &mut String, d: &[u8], decpt: i32, alt: bool, upper: bool) {
    push_digits(out, &d[..1]);
    if d.len() > 1 || alt {
        out.push('.');
    }
    push_digits(out, &d[1..]);
    out.push(if upper { 'E' } else { 'e' });
    let e = decpt - 1;
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", e.unsigned_abs()));
}

fn layout_fixed(out: &mut String, d: &[u8], decpt: i32, alt: bool, add_dot_0: bool) {
    if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decpt.unsigned_abs() as usize));
        push_digits(out, d);
    } else if decpt as usize >= d.len() {
        push_digits(out, d);
        out.extend(std::iter::repeat_n('0', decpt as usize - d.len()));
        if add_dot_0 {
            out.push_str(".0");
        } else if alt {
            out.push('.');
        }
    } else {
        push_digits(out, &d[..decpt as usize]);
        out.push('.');
        push_digits(out, &d[decpt as usize..]);
    }
}

/// repr()/str() of a float, exactly as CPython 3.12 prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let body = float_body(x.abs(), Mode::Repr, false, true, false);
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// Exact mantissa/exponent of finite `x >= 0`: x == m * 2^e.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `round(x, ndigits)` for a float, as CPython 3.12 computes it: the exact binary value is
/// rounded half-to-even at the requested decimal place and the decimal result is converted back
/// with correct rounding. A result too large for a float gives `inf` here (CPython raises
/// OverflowError: see [`round_float_checked`]).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => f64::INFINITY.copysign(x),
    }
}

/// Like [`round_float`] but returns `Err("OverflowError: rounded value too large to represent")`
/// exactly where CPython raises.
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, String> {
    // CPython: NDIGITS_MAX = 323 (returns x), NDIGITS_MIN = -308 (returns 0.0 * x).
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        fixed_digits(x.abs(), ndigits as usize)
    } else {
        // Round m * 2^e / 10^k to an integer, half-even, exactly.
        let (m, e) = decompose(x.abs());
        let k = ndigits.unsigned_abs() as u32;
        let mut num = BigUint::from(m);
        let mut den: BigUint = BigUint::from(10u32).pow(k);
        if e >= 0 {
            num <<= e as usize;
        } else {
            den <<= e.unsigned_abs() as usize;
        }
        let (mut q, r) = num.div_rem(&den);
        let twice: BigUint = r << 1usize;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1u32;
        }
        format!("{q}e{k}")
    };
    let v: f64 = text.parse().expect("decimal digits");
    if v.is_infinite() {
        return Err("OverflowError: rounded value too large to represent".to_string());
    }
    Ok(if x.is_sign_negative() { -v } else { v })
}

/// Correctly rounded (half-even) int -> float like `PyLong_AsDouble`; `None` when the result
/// would overflow (CPython: "OverflowError: int too large to convert to float").
pub fn int_to_f64(v: &BigInt) -> Option<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let r = if bits <= 64 {
        mag.to_u64().expect("fits") as f64
    } else {
        let shift = bits - 64;
        let top: BigUint = mag >> (shift as usize);
        let mut top = top.to_u64().expect("64 bits");
        // Sticky bit: anything shifted out makes a halfway case round up.
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        let f = top as f64; // rounds to nearest-even at 53 bits
        if shift > 1023 - 64 + 1 {
            return None;
        }
        // f < 2^64+1, shift <= 960: product is exact or overflows to inf.
        f * f64::from_bits((1023 + shift) << 52)
    };
    if r.is_infinite() {
        return None;
    }
    Some(if v.is_negative() { -r } else { r })
}
