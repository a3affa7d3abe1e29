//! Integer arithmetic: inline small ints with overflow checks that continue as big ints.

use crate::exceptions::{overflow_error, value_error, zero_division};
use crate::object::{Obj, PyResult};
use crate::value::{Value, SMALL_INT_MAX, SMALL_INT_MIN};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// A big int result, normalized back to a small int when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) => Value::small_int(i),
        _ => Value::new(Obj::Int(b)),
    }
}

pub fn from_i128(i: i128) -> Value {
    if i >= SMALL_INT_MIN as i128 && i <= SMALL_INT_MAX as i128 {
        Value::small_int(i as i64)
    } else {
        Value::new(Obj::Int(BigInt::from(i)))
    }
}

/// Whether `v` is an int (bools included, as in Python).
#[inline]
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.is_bool() || matches!(v.obj(), Some(Obj::Int(_)))
}

/// The int value of an int or bool.
pub fn big(v: &Value) -> Option<Cow<'_, BigInt>> {
    if v.is_small_int() {
        return Some(Cow::Owned(BigInt::from(v.as_small_int())));
    }
    if v.is_bool() {
        return Some(Cow::Owned(BigInt::from(v.as_bool() as i64)));
    }
    match v.obj() {
        Some(Obj::Int(b)) => Some(Cow::Borrowed(b)),
        _ => None,
    }
}

/// The value as i64 when it is an int that fits.
#[inline]
pub fn as_i64(v: &Value) -> Option<i64> {
    if v.is_small_int() {
        return Some(v.as_small_int());
    }
    if v.is_bool() {
        return Some(v.as_bool() as i64);
    }
    match v.obj() {
        Some(Obj::Int(b)) => b.to_i64(),
        _ => None,
    }
}

pub fn to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Small-int fast path; `None` when the result needs the big path.
#[inline(always)]
pub fn small_op(op: IntOp, a: i64, b: i64) -> Option<Value> {
    let r = match op {
        IntOp::Add => a.checked_add(b)?,
        IntOp::Sub => a.checked_sub(b)?,
        IntOp::Mul => a.checked_mul(b)?,
        IntOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            if a == i64::MIN && b == -1 {
                return None;
            }
            num_integer::Integer::div_floor(&a, &b)
        }
        IntOp::Mod => {
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            num_integer::Integer::mod_floor(&a, &b)
        }
        IntOp::And => a & b,
        IntOp::Or => a | b,
        IntOp::Xor => a ^ b,
        IntOp::LShift => {
            if !(0..64).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            r
        }
        IntOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        IntOp::Pow => return None,
    };
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&r) {
        Some(Value::small_int(r))
    } else {
        Some(Value::new(Obj::Int(BigInt::from(r))))
    }
}

/// Any two ints.
pub fn int_op(op: IntOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        IntOp::Add => from_big(a + b),
        IntOp::Sub => from_big(a - b),
        IntOp::Mul => from_big(a * b),
        IntOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            from_big(a.div_floor(b))
        }
        IntOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            from_big(a.mod_floor(b))
        }
        IntOp::And => from_big(a & b),
        IntOp::Or => from_big(a | b),
        IntOp::Xor => from_big(a ^ b),
        IntOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = b.to_usize().filter(|s| *s < (1usize << 40)).ok_or_else(|| overflow_error("too many digits in integer"))?;
            from_big(a << s)
        }
        IntOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => from_big(a >> s),
                None => from_big(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() }),
            }
        }
        IntOp::Pow => {
            if b.is_negative() {
                let fa = to_f64(a)?;
                if fa == 0.0 {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                let fb = to_f64(b)?;
                return Ok(Value::float(fa.powf(fb)));
            }
            let e = b.to_u32().ok_or_else(|| overflow_error("exponent too large"))?;
            from_big(num_traits::pow::Pow::pow(a, e))
        }
    })
}

/// `pow(a, b, m)` for ints.
pub fn int_pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if b.is_negative() {
        let inv = mod_inverse(a, m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -b)
    } else {
        (a.clone(), b.clone())
    };
    let mabs = m.abs();
    let mut r = base.mod_floor(&mabs).modpow(&exp, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(from_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

/// True division of two ints, correctly rounded like CPython.
pub fn true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 64+ significant bits, then round once through the float conversion.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 66i64 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = n.div_rem(&d);
    // Sticky bit keeps the rounding correct.
    let q = if r.is_zero() { q } else { (q << 1usize) | BigInt::from(1) };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let e = -(shift + extra);
    let f = if e > 1023 {
        f64::INFINITY
    } else {
        qf * 2f64.powi(e.max(-1100) as i32)
    };
    if f.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -f } else { f })
}
