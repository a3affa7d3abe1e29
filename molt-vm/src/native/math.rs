//! The `math` module: CPython's functions with its special cases and error rules
//! (`math_1`/`math_1a`/`math_2` in CPython's mathmodule.c), on the platform libm.

use super::{f, fk, module};
use molt_runtime::call::{bind_args, check_arity};
use molt_runtime::exceptions::{type_error, value_error};
use molt_runtime::int;
use molt_runtime::libm;
use molt_runtime::object::*;
use molt_runtime::ops;
use molt_runtime::types::type_name;
use molt_runtime::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub(super) fn to_f(v: &Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = int::as_i64(v) {
        return Ok(i as f64);
    }
    if let Some(Obj::Int(b)) = v.obj() {
        return int::to_f64(b);
    }
    if let Some(Obj::Instance(_)) = v.obj() {
        if let Some(r) = molt_runtime::call::call_dunder(v, "__float__", &[])? {
            return to_f(&r);
        }
    }
    Err(type_error(format!("must be real number, not {}", type_name(v))))
}

fn domain() -> molt_runtime::Exc {
    value_error("math domain error")
}

fn range_err() -> molt_runtime::Exc {
    molt_runtime::exceptions::overflow_error("math range error")
}

/// Whether `v` is `math.sqrt` (compiled code computes it inline).
pub fn is_math_sqrt(v: &Value) -> bool {
    matches!(v.obj(), Some(molt_runtime::object::Obj::Builtin(b)) if b.bound.is_none() && b.f as usize == m_sqrt as *const () as usize)
}

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error; an infinity from a
/// finite one is an overflow when the function `can_overflow`, else a singularity (domain).
fn math_1(args: &[Value], name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let x = to_f(&args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::float(r))
}

/// CPython's `math_2`: the same rules for functions of two floats.
fn math_2(args: &[Value], name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    check_arity(name, args, 2, 2)?;
    let (x, y) = (to_f(&args[0])?, to_f(&args[1])?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

macro_rules! math_unary {
    ($($fname:ident => $pyname:literal, $f:expr, $can_overflow:expr;)*) => {$(
        fn $fname(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            math_1(args, $pyname, $f, $can_overflow)
        }
    )*};
}

math_unary! {
    m_sqrt => "math.sqrt", f64::sqrt, false;
    m_exp => "math.exp", f64::exp, true;
    m_exp2 => "math.exp2", libm::exp2, true;
    m_sin => "math.sin", f64::sin, false;
    m_cos => "math.cos", f64::cos, false;
    m_tan => "math.tan", f64::tan, false;
    m_asin => "math.asin", f64::asin, false;
    m_acos => "math.acos", f64::acos, false;
    m_atan => "math.atan", f64::atan, false;
    m_sinh => "math.sinh", f64::sinh, true;
    m_cosh => "math.cosh", f64::cosh, true;
    m_tanh => "math.tanh", f64::tanh, false;
    m_asinh => "math.asinh", libm::asinh, false;
    m_acosh => "math.acosh", libm::acosh, false;
    m_atanh => "math.atanh", libm::atanh, false;
    m_fabs => "math.fabs", f64::abs, false;
    m_cbrt => "math.cbrt", libm::cbrt, false;
    m_log1p => "math.log1p", f64::ln_1p, false;
    m_expm1 => "math.expm1", f64::exp_m1, true;
    m_erf => "math.erf", libm::erf, false;
    m_erfc => "math.erfc", libm::erfc, false;
}

/// `degrees`/`radians` scale without any error check (an overflow gives inf, as in CPython).
fn m_degrees(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.degrees", args, 1, 1)?;
    Ok(Value::float(to_f(&args[0])?.to_degrees()))
}
fn m_radians(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.radians", args, 1, 1)?;
    Ok(Value::float(to_f(&args[0])?.to_radians()))
}

fn m_remainder(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // IEEE 754 remainder is exact, so libm's agrees with CPython's own m_remainder.
    math_2(args, "remainder", libm::remainder)
}

// The Lanczos approximation CPython uses for gamma and lgamma: Boost's 13-term `lanczos13m53`
// (g = 6.024680040776729583740234375), as a rational function whose denominator is
// x(x+1)...(x+11); results must match CPython's to the last bit, so it is evaluated in the
// same order with the same constants.
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
];
const LOG_PI: f64 = 1.1447298858494002;

/// The Lanczos rational function at `x > 0`. For large `x` numerator and denominator are
/// evaluated as polynomials in 1/x (scaled by x**-12) so they do not overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// sin(pi * x) for finite `x`, reduced to [0, 2) first so that it is exactly 0 at integers.
fn sin_pi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as u8 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        // sin(pi * (1 - y)), not -sin(pi * (y - 1)), which would be -0.0 at y == 1.
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn gamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        // gamma(nan) = nan, gamma(inf) = inf, gamma(-inf) is invalid.
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            // Exact factorials: (x - 1)! for x = 1..=23 (22! still fits in a double exactly).
            return Ok((1..x as u64).map(|i| i as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(range_err()) } else { Ok(r) };
    }
    if absx > 200.0 {
        // Overflows for x > 200; underflows to a signed zero below -200.
        return if x < 0.0 { Ok(0.0 / sin_pi(x)) } else { Err(range_err()) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result by (1 + z) below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r / y.powf(absx - 0.5)
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r / sqrtpow / sqrtpow
        }
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r * y.powf(absx - 0.5)
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r * sqrtpow * sqrtpow
        }
    };
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(r)
}

pub(super) fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        // A pole at the integers <= 0; lgamma(1) = lgamma(2) = 0.
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(r)
}

fn m_gamma(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.gamma", args, 1, 1)?;
    Ok(Value::float(gamma(to_f(&args[0])?)?))
}

fn m_lgamma(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.lgamma", args, 1, 1)?;
    Ok(Value::float(lgamma(to_f(&args[0])?)?))
}

/// `nextafter(x, y, /, *, steps=None)`: `steps` moves are counted in the ordering of the
/// floats' bit patterns (sign and magnitude), saturating at `y`.
fn m_nextafter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = molt_runtime::call::split_kw(args, kw);
    if pos.len() != 2 {
        return Err(type_error(format!("nextafter() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    let mut steps = None;
    for (k, v) in kws {
        if k != "steps" {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for nextafter()")));
        }
        steps = Some(v);
    }
    let (x, y) = (to_f(&pos[0])?, to_f(&pos[1])?);
    let steps = match steps {
        Some(s) if !s.is_none() => s,
        _ => return Ok(Value::float(libm::nextafter(x, y))),
    };
    let steps = int_arg(steps, "nextafter")?;
    if steps.is_negative() {
        return Err(value_error("steps must be a non-negative integer"));
    }
    let steps = steps.to_u64().unwrap_or(u64::MAX);
    if steps == 0 || x.is_nan() {
        return Ok(Value::float(x));
    }
    if y.is_nan() {
        return Ok(Value::float(y));
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return Ok(Value::float(x));
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    let bits = if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: through zero (both zeros count as one step apart from nothing).
        if ax + ay <= steps {
            uy
        } else if ax < steps {
            (uy & SIGN) | (steps - ax)
        } else {
            ux - steps
        }
    } else if ax > ay {
        if ax - ay >= steps { ux - steps } else { uy }
    } else if ay - ax >= steps {
        ux + steps
    } else {
        uy
    };
    Ok(Value::float(f64::from_bits(bits)))
}

fn m_ulp(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.ulp", args, 1, 1)?;
    let x = to_f(&args[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest finite float: the gap below it.
        return Ok(Value::float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

/// A sum kept as three non-overlapping floats (CPython's `TripleLength`), so a sum of
/// products is rounded once at the end.
#[derive(Clone, Copy, Default)]
struct TripleLength {
    hi: f64,
    lo: f64,
    tiny: f64,
}

/// `a + b` as a rounded sum and its exact error (Knuth's two-sum).
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

impl TripleLength {
    /// `self + x * y`, the product kept exact with a fused multiply-add.
    fn fma(self, x: f64, y: f64) -> TripleLength {
        let hi = x * y;
        let lo = x.mul_add(y, -hi);
        let sum = two_sum(self.hi, hi);
        let r1 = two_sum(self.lo, lo);
        let r2 = two_sum(r1.0, sum.1);
        TripleLength { hi: sum.0, lo: r2.0, tiny: self.tiny + r1.1 + r2.1 }
    }

    fn to_f64(self) -> f64 {
        let (hi, lo) = two_sum(self.lo, self.hi);
        self.tiny + lo + hi
    }
}

/// An exact int (not a bool or subclass) that fits a machine word.
fn exact_i64(v: &Value) -> Option<i64> {
    if v.is_bool() {
        return None;
    }
    int::as_i64(v)
}

/// The float pair `sumprod` accumulates exactly: two floats, or a float and an int or bool.
fn float_pair(p: &Value, q: &Value) -> Option<(f64, f64)> {
    let as_f = |v: &Value| int::big(v).and_then(|b| int::to_f64(&b).ok());
    match (p.is_float(), q.is_float()) {
        (true, true) => Some((p.as_float(), q.as_float())),
        (true, false) => Some((p.as_float(), as_f(q)?)),
        (false, true) => Some((as_f(p)?, q.as_float())),
        (false, false) => None,
    }
}

/// `sumprod(p, q)`, as CPython computes it: a run of int pairs is summed in a machine word and
/// a run of float pairs in triple length, each added to the total when the run ends; once a
/// pair leaves a fast path, that path stays off and the rest goes through `*` and `+`.
fn m_sumprod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("sumprod", args, 2, 2)?;
    let (p_it, q_it) = (ops::get_iter(&args[0])?, ops::get_iter(&args[1])?);
    let mut total = Value::int(0);
    let (mut int_on, mut int_total) = (true, None::<i64>);
    let (mut flt_on, mut flt_total) = (true, None::<TripleLength>);
    loop {
        let p = ops::iter_next(&p_it)?;
        let q = ops::iter_next(&q_it)?;
        let (p, q) = match (p, q) {
            (Some(p), Some(q)) => (p, q),
            (None, None) => break,
            _ => return Err(value_error("Inputs are not the same length")),
        };
        if int_on {
            let prod = exact_i64(&p)
                .zip(exact_i64(&q))
                .and_then(|(a, b)| a.checked_mul(b))
                .and_then(|prod| prod.checked_add(int_total.unwrap_or(0)));
            if let Some(sum) = prod {
                int_total = Some(sum);
                continue;
            }
            int_on = false;
            if let Some(sum) = int_total.take() {
                total = ops::binary_op(&total, &Value::int(sum), ops::BinOp::Add)?;
            }
        }
        if flt_on {
            if let Some((x, y)) = float_pair(&p, &q) {
                let sum = flt_total.unwrap_or_default().fma(x, y);
                if sum.hi.is_finite() {
                    flt_total = Some(sum);
                    continue;
                }
            }
            flt_on = false;
            if let Some(sum) = flt_total.take() {
                total = ops::binary_op(&total, &Value::float(sum.to_f64()), ops::BinOp::Add)?;
            }
        }
        let term = ops::binary_op(&p, &q, ops::BinOp::Mul)?;
        total = ops::binary_op(&total, &term, ops::BinOp::Add)?;
    }
    if let Some(sum) = int_total {
        total = ops::binary_op(&total, &Value::int(sum), ops::BinOp::Add)?;
    }
    if let Some(sum) = flt_total {
        total = ops::binary_op(&total, &Value::float(sum.to_f64()), ops::BinOp::Add)?;
    }
    Ok(total)
}

/// CPython's `loghelper`: `func` (ln, log2 or log10) of a positive number; an int too
/// large for a float is split as `x * 2**e` (`_PyLong_Frexp`) and gives
/// `func(x) + func(2) * e`.
fn log_helper(v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Obj::Int(b)) = v.obj() {
        if !b.is_positive() {
            return Err(domain());
        }
        let x = b.to_f64().unwrap_or(f64::INFINITY);
        if x.is_infinite() {
            let (m, e) = frexp_big(b);
            return Ok(func(m) + func(2.0) * e as f64);
        }
        return Ok(func(x));
    }
    let x = to_f(v)?;
    if x <= 0.0 && !x.is_nan() {
        return Err(domain());
    }
    Ok(func(x))
}

/// `(x, e)` with `b == x * 2**e` to 53 bits, `x` in [0.5, 1) rounded half to even (as
/// CPython's `_PyLong_Frexp`), for a positive int of more than 53 bits.
fn frexp_big(b: &BigInt) -> (f64, i64) {
    let mut n = b.bits() as i64;
    let shift = (n - 53) as u64;
    let mut top: BigInt = b >> shift;
    let rem: BigInt = b - (&top << shift);
    let half = BigInt::one() << (shift - 1);
    if rem > half || (rem == half && (&top & BigInt::one()).is_one()) {
        top += 1;
        if top.bits() > 53 {
            top >>= 1u32;
            n += 1;
        }
    }
    (top.to_f64().expect("53 bits") / (1u64 << 53) as f64, n)
}

fn m_log(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("log", args, 1, 2)?;
    let n = log_helper(&args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::float(n)),
        Some(b) => {
            let d = log_helper(b, f64::ln)?;
            if d == 0.0 {
                return Err(molt_runtime::exceptions::zero_division("float division by zero"));
            }
            Ok(Value::float(n / d))
        }
    }
}

fn m_log2(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.log2", args, 1, 1)?;
    Ok(Value::float(log_helper(&args[0], f64::log2)?))
}

fn m_log10(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("math.log10", args, 1, 1)?;
    Ok(Value::float(log_helper(&args[0], f64::log10)?))
}

fn int_result(f: f64, name: &str) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(molt_runtime::exceptions::overflow_error("cannot convert float infinity to integer"));
    }
    let _ = name;
    molt_runtime::builtins::int::to_int(&Value::float(f))
}

fn rounding(args: &[Value], name: &str, dunder: &'static str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let v = &args[0];
    if int::is_int(v) {
        return molt_runtime::builtins::int::to_int(v);
    }
    if let Some(Obj::Instance(_)) = v.obj() {
        if let Some(r) = molt_runtime::call::call_dunder(v, dunder, &[])? {
            return Ok(r);
        }
    }
    int_result(f(to_f(v)?), name)
}

fn m_floor(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rounding(args, "floor", "__floor__", f64::floor)
}
fn m_ceil(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rounding(args, "ceil", "__ceil__", f64::ceil)
}
fn m_trunc(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rounding(args, "trunc", "__trunc__", f64::trunc)
}

fn m_pow(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("pow", args, 2, 2)?;
    let (x, y) = (to_f(&args[0])?, to_f(&args[1])?);
    // (Infinities and NaNs take C99's special values, as CPython's: `0.0 ** -inf` is inf,
    // `(-inf) ** 0.5` is inf.)
    let finite = x.is_finite() && y.is_finite();
    if finite && x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if finite && x < 0.0 && y != y.floor() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn m_atan2(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("atan2", args, 2, 2)?;
    Ok(Value::float(to_f(&args[0])?.atan2(to_f(&args[1])?)))
}

fn m_hypot(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut coords = Vec::with_capacity(args.len());
    for a in args {
        coords.push(to_f(a)?.abs());
    }
    Ok(Value::float(norm_of(&mut coords)))
}

/// The Euclidean norm of non-negative `coords` as CPython's `vector_norm` computes it (so
/// the last bit agrees): an infinity wins over a NaN.
fn norm_of(coords: &mut [f64]) -> f64 {
    let found_nan = coords.iter().any(|x| x.is_nan());
    let max = coords.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(coords, max, found_nan)
}

/// The exponent `frexp` gives a finite, non-zero `x` (`x == m * 2**e`, `m` in [0.5, 1)).
fn frexp_exp(x: f64) -> i32 {
    let exp = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: its leading bit's position.
        let m = x.to_bits() & ((1u64 << 52) - 1);
        return (64 - m.leading_zeros() as i32) - 1074;
    }
    exp - 1022
}

/// `2**e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// CPython's `vector_norm`: scales by a power of two so the largest coordinate is in
/// [0.5, 1), sums the exact squares (each split into a float and its rounding error) with
/// the errors accumulated apart, and corrects the square root once.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: make subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = pow2(-max_e);
    // (Exact product and sum: the rounded result and its error.)
    let dl_mul = |x: f64, y: f64| {
        let z = x * y;
        (z, x.mul_add(y, -z))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn m_copysign(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("copysign", args, 2, 2)?;
    Ok(Value::float(to_f(&args[0])?.copysign(to_f(&args[1])?)))
}

fn m_fmod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("fmod", args, 2, 2)?;
    let (x, y) = (to_f(&args[0])?, to_f(&args[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::float(x % y))
}

fn m_modf(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("modf", args, 1, 1)?;
    let x = to_f(&args[0])?;
    let i = x.trunc();
    let fr = if x.is_infinite() { 0.0f64.copysign(x) } else { x - i };
    Ok(molt_runtime::tuple_new(vec![Value::float(fr), Value::float(i)]))
}

fn m_frexp(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("frexp", args, 1, 1)?;
    let x = to_f(&args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(molt_runtime::tuple_new(vec![Value::float(x), Value::int(0)]));
    }
    let bits = x.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if exp == 0 {
        // Subnormal: normalize first.
        let y = x * 2f64.powi(54);
        let b = y.to_bits();
        exp = ((b >> 52) & 0x7ff) as i64;
        (f64::from_bits((b & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022 - 54)
    } else {
        (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022)
    };
    Ok(molt_runtime::tuple_new(vec![Value::float(m), Value::int(e)]))
}

fn m_ldexp(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("ldexp", args, 2, 2)?;
    let x = to_f(&args[0])?;
    let e = ops::index_of(&args[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn pred(args: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    Ok(Value::bool(f(to_f(&args[0])?)))
}
fn m_isnan(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isnan", f64::is_nan)
}
fn m_isinf(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isinf", f64::is_infinite)
}
fn m_isfinite(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, "isfinite", f64::is_finite)
}

pub(super) fn int_arg(v: &Value, fname: &str) -> PyResult<BigInt> {
    if int::is_int(v) {
        return Ok(int::big(v).unwrap().into_owned());
    }
    if v.is_float() {
        return Err(type_error("'float' object cannot be interpreted as an integer".to_string()));
    }
    let _ = fname;
    Ok(BigInt::from(ops::index_of(v)?))
}

fn m_gcd(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use num_integer::Integer;
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_arg(a, "gcd")?);
    }
    Ok(int::from_big(g))
}

fn m_lcm(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use num_integer::Integer;
    let mut l = BigInt::one();
    for a in args {
        let x = int_arg(a, "lcm")?;
        if x.is_zero() {
            return Ok(Value::int(0));
        }
        l = l.lcm(&x);
    }
    Ok(int::from_big(l.abs()))
}

fn m_factorial(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("factorial", args, 1, 1)?;
    let n = int_arg(&args[0], "factorial")?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| molt_runtime::exceptions::overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(int::from_big(r))
}

fn m_comb(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("comb", args, 2, 2)?;
    let (n, k) = (int_arg(&args[0], "comb")?, int_arg(&args[1], "comb")?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::int(0));
    }
    let k = k.clone().min(&n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int::from_big(r))
}

fn m_perm(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("perm", args, 1, 2)?;
    let n = int_arg(&args[0], "perm")?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_arg(v, "perm")?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::int(0));
    }
    let mut r = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int::from_big(r))
}

fn m_isqrt(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("isqrt", args, 1, 1)?;
    let n = int_arg(&args[0], "isqrt")?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_big(n.sqrt()))
}

fn m_prod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("prod", args, kw, &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or(Value::int(1));
    let it = ops::get_iter(a[0].as_ref().unwrap())?;
    while let Some(x) = ops::iter_next(&it)? {
        acc = ops::binary_op(&acc, &x, ops::BinOp::Mul)?;
    }
    Ok(acc)
}

fn m_fsum(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("fsum", args, 1, 1)?;
    // Shewchuk's exact partial sums, rounded once at the end.
    let mut partials: Vec<f64> = Vec::new();
    let it = ops::get_iter(&args[0])?;
    while let Some(v) = ops::iter_next(&it)? {
        let mut x = to_f(&v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn m_isclose(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("isclose", args, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = to_f(a[0].as_ref().unwrap())?;
    let y = to_f(a[1].as_ref().unwrap())?;
    let rel = match &a[2] {
        Some(v) => to_f(v)?,
        None => 1e-9,
    };
    let abs_t = match &a[3] {
        Some(v) => to_f(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (y - x).abs();
    Ok(Value::bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_t))
}

fn m_dist(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("dist", args, 2, 2)?;
    let p = molt_runtime::builtins::seq::collect(&args[0])?;
    let q = molt_runtime::builtins::seq::collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push((to_f(a)? - to_f(b)?).abs());
    }
    Ok(Value::float(norm_of(&mut diffs)))
}

pub(super) fn math_module() -> Value {
    module(
        "math",
        vec![
            ("pi", Value::float(std::f64::consts::PI)),
            ("e", Value::float(std::f64::consts::E)),
            ("tau", Value::float(std::f64::consts::TAU)),
            ("inf", Value::float(f64::INFINITY)),
            ("nan", Value::float(f64::NAN)),
            ("sqrt", f("sqrt", m_sqrt)),
            ("exp", f("exp", m_exp)),
            ("sin", f("sin", m_sin)),
            ("cos", f("cos", m_cos)),
            ("tan", f("tan", m_tan)),
            ("asin", f("asin", m_asin)),
            ("acos", f("acos", m_acos)),
            ("atan", f("atan", m_atan)),
            ("sinh", f("sinh", m_sinh)),
            ("cosh", f("cosh", m_cosh)),
            ("tanh", f("tanh", m_tanh)),
            ("fabs", f("fabs", m_fabs)),
            ("log", f("log", m_log)),
            ("log2", f("log2", m_log2)),
            ("log10", f("log10", m_log10)),
            ("log1p", f("log1p", m_log1p)),
            ("expm1", f("expm1", m_expm1)),
            ("degrees", f("degrees", m_degrees)),
            ("radians", f("radians", m_radians)),
            ("floor", f("floor", m_floor)),
            ("ceil", f("ceil", m_ceil)),
            ("trunc", f("trunc", m_trunc)),
            ("pow", f("pow", m_pow)),
            ("atan2", f("atan2", m_atan2)),
            ("hypot", f("hypot", m_hypot)),
            ("copysign", f("copysign", m_copysign)),
            ("fmod", f("fmod", m_fmod)),
            ("modf", f("modf", m_modf)),
            ("frexp", f("frexp", m_frexp)),
            ("ldexp", f("ldexp", m_ldexp)),
            ("isnan", f("isnan", m_isnan)),
            ("isinf", f("isinf", m_isinf)),
            ("isfinite", f("isfinite", m_isfinite)),
            ("gcd", f("gcd", m_gcd)),
            ("lcm", f("lcm", m_lcm)),
            ("factorial", f("factorial", m_factorial)),
            ("comb", f("comb", m_comb)),
            ("perm", f("perm", m_perm)),
            ("isqrt", f("isqrt", m_isqrt)),
            ("prod", fk("prod", m_prod)),
            ("fsum", f("fsum", m_fsum)),
            ("isclose", fk("isclose", m_isclose)),
            ("dist", f("dist", m_dist)),
            ("remainder", f("remainder", m_remainder)),
            ("cbrt", f("cbrt", m_cbrt)),
            ("exp2", f("exp2", m_exp2)),
            ("erf", f("erf", m_erf)),
            ("erfc", f("erfc", m_erfc)),
            ("gamma", f("gamma", m_gamma)),
            ("lgamma", f("lgamma", m_lgamma)),
            ("asinh", f("asinh", m_asinh)),
            ("acosh", f("acosh", m_acosh)),
            ("atanh", f("atanh", m_atanh)),
            ("nextafter", fk("nextafter", m_nextafter)),
            ("ulp", f("ulp", m_ulp)),
            ("sumprod", f("sumprod", m_sumprod)),
        ],
    )
}
