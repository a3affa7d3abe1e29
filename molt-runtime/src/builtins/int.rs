//! `int` and `float`: construction from any value, decimal text, and their methods.

use super::add_methods;
use crate::call::{bind_args, check_arity};
use crate::exceptions::{overflow_error, type_error, value_error};
use crate::int::{self, from_big};
use crate::object::*;
use crate::types::{type_name, TypeId};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Decimal text of a big int, refusing (like CPython) more digits than the current limit.
pub fn int_to_decimal(b: &BigInt) -> PyResult<String> {
    let limit = crate::numfmt::max_str_digits();
    // bits * log10(2) bounds the digit count without converting first.
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 - 1.0 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return Err(value_error(crate::numfmt::int_str_limit_message()));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(Value::int(t as i64));
    }
    use num_traits::FromPrimitive;
    Ok(from_big(BigInt::from_f64(t).unwrap_or_default()))
}

fn parse_int_text(s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    use crate::numfmt::IntParseError;
    match crate::numfmt::parse_int_checked(s, base) {
        Ok(b) => Ok(from_big(b)),
        Err(IntParseError::BadBase) => Err(value_error("int() base must be >= 2 and <= 36, or 0")),
        Err(IntParseError::TooManyDigits(n)) => Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            crate::numfmt::max_str_digits()
        ))),
        // (CPython formats the repr with `%.200R`: at most 200 characters of it.)
        Err(IntParseError::Invalid) => Err(value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::repr::repr(orig)?.chars().take(200).collect::<String>()
        ))),
    }
}

pub fn int_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind_args("int", args, kwnames, &["x", "base"], 0)?;
    let Some(x) = a[0].clone() else {
        if a[1].is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::small_int(0));
    };
    if let Some(base) = &a[1] {
        let b = crate::ops::index_of(base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match x.obj() {
            Some(Obj::Str(s)) => parse_int_text(&s.s, b as u32, &x),
            Some(Obj::Bytes(_) | Obj::ByteArray(_)) => parse_int_text(&bytes_text(&x), b as u32, &as_bytes(&x)),
            _ => Err(type_error("int() can't convert non-string with explicit base")),
        };
    }
    to_int(&x)
}

/// The text of a bytes or bytearray that `int()` and `float()` parse (bytes that are not
/// UTF-8 become U+FFFD, which no number syntax accepts, so they fail as CPython's do).
fn bytes_text(x: &Value) -> String {
    match x.obj() {
        Some(Obj::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(Obj::ByteArray(b)) => String::from_utf8_lossy(&b.borrow()).into_owned(),
        _ => String::new(),
    }
}

/// A bytearray as the bytes `int()` names in its errors (bytes stay as they are).
fn as_bytes(x: &Value) -> Value {
    match x.obj() {
        Some(Obj::ByteArray(b)) => crate::bytes_new(b.borrow().clone()),
        _ => x.clone(),
    }
}

/// `int(x)` for one argument.
pub fn to_int(x: &Value) -> PyResult<Value> {
    if x.is_small_int() {
        return Ok(x.clone());
    }
    if x.is_bool() {
        return Ok(Value::small_int(x.as_bool() as i64));
    }
    if x.is_float() {
        return float_to_int(x.as_float());
    }
    match x.obj() {
        Some(Obj::Int(_)) => Ok(x.clone()),
        Some(Obj::Str(s)) => parse_int_text(&s.s, 10, x),
        Some(Obj::Bytes(_) | Obj::ByteArray(_)) => parse_int_text(&bytes_text(x), 10, &as_bytes(x)),
        Some(Obj::Instance(_)) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = crate::call::call_dunder(x, name, &[])? {
                    if !int::is_int(&r) {
                        return Err(type_error(format!("{name} returned non-int (type {})", type_name(&r))));
                    }
                    return Ok(r);
                }
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(x)
            )))
        }
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(x)
        ))),
    }
}

/// `float(x)`.
pub fn to_float(x: &Value) -> PyResult<Value> {
    if x.is_float() {
        return Ok(x.clone());
    }
    if let Some(i) = int::as_i64(x) {
        return Ok(Value::float(i as f64));
    }
    match x.obj() {
        Some(Obj::Int(b)) => Ok(Value::float(int::to_f64(b)?)),
        Some(Obj::Str(s)) => match crate::numfmt::parse_float(&s.s) {
            Some(f) => Ok(Value::float(f)),
            None => Err(value_error(format!("could not convert string to float: {}", crate::repr::repr(x)?))),
        },
        Some(Obj::Bytes(_) | Obj::ByteArray(_)) => match crate::numfmt::parse_float(&bytes_text(x)) {
            Some(f) => Ok(Value::float(f)),
            None => Err(value_error(format!("could not convert string to float: {}", crate::repr::repr(x)?))),
        },
        Some(Obj::Instance(_)) => {
            if let Some(r) = crate::call::call_dunder(x, "__float__", &[])? {
                if !r.is_float() {
                    return Err(type_error(format!("{}.__float__ returned non-float (type {})", type_name(x), type_name(&r))));
                }
                return Ok(r);
            }
            if let Some(r) = crate::call::call_dunder(x, "__index__", &[])? {
                return to_float(&r);
            }
            Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x))))
        }
        _ => Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x)))),
    }
}

fn self_int(args: &[Value], name: &str) -> PyResult<BigInt> {
    match args.first().and_then(int::big) {
        Some(b) => Ok(b.into_owned()),
        None => Err(type_error(format!("descriptor '{name}' requires an 'int' object"))),
    }
}

fn int_bit_length(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("int.bit_length", args, 1, 1)?;
    Ok(Value::int(self_int(args, "bit_length")?.bits() as i64))
}
fn int_bit_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = self_int(args, "bit_count")?;
    Ok(Value::int(b.abs().to_u64_digits().1.iter().map(|d| d.count_ones() as i64).sum()))
}
fn int_conjugate(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(from_big(self_int(args, "conjugate")?))
}
fn int_as_integer_ratio(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::tuple_new(vec![from_big(self_int(args, "as_integer_ratio")?), Value::small_int(1)]))
}
fn float_fromhex(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("float.fromhex", args, 2, 2)
        .map_err(|_| type_error(format!("float.fromhex() takes exactly one argument ({} given)", args.len().saturating_sub(1))))?;
    if !crate::is_str(&args[1]) {
        return Err(type_error("bad argument type for built-in operation"));
    }
    match crate::numfmt::parse_float_hex(crate::str_of(&args[1])) {
        Ok(x) => Ok(Value::float(x)),
        Err(crate::numfmt::HexFloatError::Invalid) => Err(value_error("invalid hexadecimal floating-point string")),
        Err(crate::numfmt::HexFloatError::Overflow) => {
            Err(overflow_error("hexadecimal value too large to represent as a float"))
        }
    }
}
fn int_is_integer(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::TRUE)
}
fn int_to_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("to_bytes", args, kw, &["self", "length", "byteorder", "signed"], 1)?;
    let b = self_int(args, "to_bytes")?;
    let length = match &a[1] {
        Some(v) => crate::ops::index_of(v)? as usize,
        None => 1,
    };
    let order = a[2].as_ref().map(|v| crate::str_of(v).to_string()).unwrap_or_else(|| "big".into());
    let signed = match &a[3] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    if !signed && b.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = b.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && *bytes.last().unwrap() == 0 {
        bytes.pop();
    }
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    } else if order != "little" {
        return Err(value_error("byteorder must be either 'little' or 'big'"));
    }
    Ok(crate::bytes_new(bytes))
}
fn int_from_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_args("from_bytes", args, kw, &["cls", "bytes", "byteorder", "signed"], 2)?;
    let data = super::bytes::bytes_data(a[1].as_ref().unwrap())?;
    let order = a[2].as_ref().map(|v| crate::str_of(v).to_string()).unwrap_or_else(|| "big".into());
    let signed = match &a[3] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let mut le = data.clone();
    if order == "big" {
        le.reverse();
    }
    let b = if signed { BigInt::from_signed_bytes_le(&le) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &le) };
    Ok(from_big(b))
}

fn self_float(args: &[Value]) -> PyResult<f64> {
    match args.first() {
        Some(v) if v.is_float() => Ok(v.as_float()),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}
fn float_is_integer(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = self_float(args)?;
    Ok(Value::bool(f.is_finite() && f == f.trunc()))
}
fn float_as_integer_ratio(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = self_float(args)?;
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut num = BigInt::from(mant) * sign;
    let mut den = BigInt::from(1);
    let e = exp - 1075;
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok(crate::tuple_new(vec![from_big(num), from_big(den)]))
}
fn float_conjugate(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::float(self_float(args)?))
}
fn float_hex(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = self_float(args)?;
    if f.is_nan() {
        return Ok(crate::str_new("nan"));
    }
    if f.is_infinite() {
        return Ok(crate::str_new(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(crate::str_from(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let m = format!("{mant:013x}");
    Ok(crate::str_from(format!("{sign}0x{lead}.{m}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())))
}

pub(crate) fn register() {
    add_methods(
        TypeId::Int,
        &[
            ("int.bit_length", int_bit_length, false),
            ("int.bit_count", int_bit_count, false),
            ("int.conjugate", int_conjugate, false),
            ("int.is_integer", int_is_integer, false),
            ("int.as_integer_ratio", int_as_integer_ratio, false),
            ("int.to_bytes", int_to_bytes, true),
            ("int.from_bytes", int_from_bytes, true),
        ],
    );
    {
        // from_bytes is a classmethod.
        let c = crate::types::type_class(TypeId::Int);
        let mut d = c.dict.borrow_mut();
        if let Some(f) = d.get_str(&crate::intern("from_bytes")) {
            d.set_str(crate::intern("from_bytes"), Value::new(Obj::ClassMethod(f)));
        }
    }
    add_methods(
        TypeId::Float,
        &[
            ("float.is_integer", float_is_integer, false),
            ("float.as_integer_ratio", float_as_integer_ratio, false),
            ("float.conjugate", float_conjugate, false),
            ("float.hex", float_hex, false),
            ("float.fromhex", float_fromhex, false),
        ],
    );
    {
        let c = crate::types::type_class(TypeId::Float);
        let mut d = c.dict.borrow_mut();
        if let Some(f) = d.get_str(&crate::intern("fromhex")) {
            d.set_str(crate::intern("fromhex"), Value::new(Obj::ClassMethod(f)));
        }
    }
    let _ = ToPrimitive::to_i64(&BigInt::zero());
}
