//! The special methods of builtin types (`[].__len__`, `int.__add__`, `object.__lt__`, …),
//! all delegating to the generic operations in `ops`, so explicit dunder calls agree with the
//! operators.

use super::{add_methods, MethodDef};
use crate::call::check_arity;
use crate::object::*;
use crate::ops::{self, BinOp, CmpOp, UnaryOp};
use crate::types::TypeId;
use crate::value::Value;

/// An int's arithmetic dunders only accept ints (`(3).__add__(0.5)` is NotImplemented; the
/// operator then tries `float.__radd__`); a float's accept ints and floats.
fn operands_match(receiver: &Value, other: &Value) -> bool {
    if crate::int::is_int(receiver) {
        return crate::int::is_int(other) || !(other.is_float());
    }
    true
}

/// Whether a builtin type's comparison dunder handles `other` (otherwise NotImplemented, so
/// the reflected method or identity decides, as in CPython).
fn same_kind(a: &Value, b: &Value) -> bool {
    use crate::types::type_id_of;
    let kind = |v: &Value| match type_id_of(v) {
        TypeId::Int | TypeId::Bool | TypeId::Float => 0,
        TypeId::Set | TypeId::FrozenSet | TypeId::DictKeys | TypeId::DictItems => 1,
        TypeId::Bytes | TypeId::ByteArray => 2,
        other => 10 + other as u32,
    };
    kind(a) == kind(b)
}

fn not_impl() -> Value {
    crate::singleton_not_implemented()
}

macro_rules! binops {
    ($($name:literal: $fwd:ident / $refl:ident => $op:expr),* $(,)?) => {
        $(
            fn $fwd(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                check_arity(stringify!($fwd), args, 2, 2)?;
                if !operands_match(&args[0], &args[1]) {
                    return Ok(not_impl());
                }
                Ok(ops::builtin_binop($op, &args[0], &args[1])?.unwrap_or_else(not_impl))
            }
            fn $refl(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                check_arity(stringify!($refl), args, 2, 2)?;
                if !operands_match(&args[0], &args[1]) {
                    return Ok(not_impl());
                }
                Ok(ops::builtin_binop($op, &args[1], &args[0])?.unwrap_or_else(not_impl))
            }
        )*
        const NUMBER_BINOPS: &[MethodDef] = &[$(
            (concat!("number.__", $name, "__"), $fwd, false),
            (concat!("number.__r", $name, "__"), $refl, false),
        )*];
    };
}


binops! {
    "add": add / radd => BinOp::Add,
    "sub": sub / rsub => BinOp::Sub,
    "mul": mul / rmul => BinOp::Mul,
    "truediv": truediv / rtruediv => BinOp::TrueDiv,
    "floordiv": floordiv / rfloordiv => BinOp::FloorDiv,
    "mod": modulo / rmodulo => BinOp::Mod,
    "pow": pow / rpow => BinOp::Pow,
    "lshift": lshift / rlshift => BinOp::LShift,
    "rshift": rshift / rrshift => BinOp::RShift,
    "and": and / rand => BinOp::And,
    "or": or / ror => BinOp::Or,
    "xor": xor / rxor => BinOp::Xor,
}

macro_rules! cmps {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                check_arity(stringify!($name), args, 2, 2)?;
                if !same_kind(&args[0], &args[1]) {
                    return Ok(not_impl());
                }
                Ok(match ops::builtin_compare(&args[0], &args[1], $op)? {
                    Some(b) => Value::bool(b),
                    None => not_impl(),
                })
            }
        )*
        const COMPARISONS: &[MethodDef] = &[$((concat!("object.__", stringify!($name), "__"), $name, false)),*];
    };
}

cmps! {
    lt => CmpOp::Lt,
    le => CmpOp::Le,
    eq => CmpOp::Eq,
    ne => CmpOp::Ne,
    gt => CmpOp::Gt,
    ge => CmpOp::Ge,
}

/// `object`'s orderings: NotImplemented (so the reflected operation or a TypeError follows).
fn object_order(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("comparison", args, 2, 2)?;
    Ok(not_impl())
}

fn d_divmod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__divmod__", args, 2, 2)?;
    let numeric = |v: &Value| crate::int::is_int(v) || v.is_float();
    if !numeric(&args[0]) || !numeric(&args[1]) || !operands_match(&args[0], &args[1]) {
        return Ok(not_impl());
    }
    let f = crate::builtins::functions::builtins_namespace().get_str(&crate::intern("divmod")).expect("divmod builtin");
    crate::call::call(&f, args)
}
fn d_rdivmod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__rdivmod__", args, 2, 2)?;
    d_divmod(&[args[1].clone(), args[0].clone()], &[])
}

fn d_reversed(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__reversed__", args, 1, 1)?;
    super::iters::reversed(&args[0])
}

fn d_len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__len__", args, 1, 1)?;
    Ok(Value::int(ops::len(&args[0])? as i64))
}
fn d_getitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__getitem__", args, 2, 2)?;
    ops::getitem(&args[0], &args[1])
}
fn d_setitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__setitem__", args, 3, 3)?;
    ops::setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::NONE)
}
fn d_delitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__delitem__", args, 2, 2)?;
    ops::delitem(&args[0], &args[1])?;
    Ok(Value::NONE)
}
fn d_contains(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__contains__", args, 2, 2)?;
    Ok(Value::bool(ops::contains(&args[0], &args[1])?))
}
fn d_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__iter__", args, 1, 1)?;
    ops::get_iter(&args[0])
}
fn d_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__hash__", args, 1, 1)?;
    Ok(Value::int(ops::hash(&args[0])?))
}
fn d_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__repr__", args, 1, 1)?;
    Ok(crate::str_from(crate::repr::repr(&args[0])?))
}
fn d_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__str__", args, 1, 1)?;
    crate::repr::str_value(&args[0])
}
fn d_bool(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__bool__", args, 1, 1)?;
    Ok(Value::bool(ops::truthy(&args[0])?))
}
fn d_neg(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__neg__", args, 1, 1)?;
    ops::unary_op(&args[0], UnaryOp::Neg)
}
fn d_pos(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__pos__", args, 1, 1)?;
    ops::unary_op(&args[0], UnaryOp::Pos)
}
fn d_invert(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__invert__", args, 1, 1)?;
    ops::unary_op(&args[0], UnaryOp::Invert)
}
fn d_abs(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__abs__", args, 1, 1)?;
    let f = crate::builtins::functions::builtins_namespace().get_str(&crate::intern("abs")).expect("abs builtin");
    crate::call::call(&f, args)
}
fn d_int(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__int__", args, 1, 1)?;
    super::int::to_int(&args[0])
}
fn d_float(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__float__", args, 1, 1)?;
    super::int::to_float(&args[0])
}
fn d_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__index__", args, 1, 1)?;
    Ok(crate::int::from_big(crate::int::big(&args[0]).map(|b| b.into_owned()).unwrap_or_default()))
}
fn d_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_arity("__format__", args, 2, 2)?;
    Ok(crate::str_from(crate::fmt::format_value(&args[0], crate::str_of(&args[1]))?))
}

const CONTAINER: &[MethodDef] = &[
    ("container.__len__", d_len, false),
    ("container.__getitem__", d_getitem, false),
    ("container.__contains__", d_contains, false),
    ("container.__iter__", d_iter, false),
];

const MUTABLE: &[MethodDef] = &[("container.__setitem__", d_setitem, false), ("container.__delitem__", d_delitem, false)];

const NUMBER: &[MethodDef] = &[
    ("number.__divmod__", d_divmod, false),
    ("number.__rdivmod__", d_rdivmod, false),
    ("number.__bool__", d_bool, false),
    ("number.__neg__", d_neg, false),
    ("number.__pos__", d_pos, false),
    ("number.__abs__", d_abs, false),
    ("number.__int__", d_int, false),
    ("number.__float__", d_float, false),
];

const COMMON: &[MethodDef] = &[
    ("object.__repr__", d_repr, false),
    ("object.__str__", d_str, false),
    ("object.__format__", d_format, false),
];

pub(crate) fn register() {
    for id in [TypeId::Int, TypeId::Bool, TypeId::Float] {
        add_methods(id, NUMBER_BINOPS);
        add_methods(id, NUMBER);
    }
    for id in [TypeId::Int, TypeId::Bool] {
        add_methods(id, &[("int.__index__", d_index, false), ("int.__invert__", d_invert, false)]);
    }
    for id in [TypeId::Str, TypeId::Bytes, TypeId::ByteArray, TypeId::List, TypeId::Tuple, TypeId::Range, TypeId::Dict, TypeId::Set, TypeId::FrozenSet] {
        add_methods(id, CONTAINER);
    }
    for id in [TypeId::Str, TypeId::Bytes, TypeId::List, TypeId::Tuple, TypeId::ByteArray] {
        add_methods(
            id,
            &[
                ("sequence.__add__", add, false),
                ("sequence.__mul__", mul, false),
                ("sequence.__rmul__", rmul, false),
            ],
        );
    }
    add_methods(TypeId::Str, &[("str.__mod__", modulo, false)]);
    add_methods(TypeId::List, &[("list.__reversed__", d_reversed, false)]);
    for id in [TypeId::List, TypeId::Dict, TypeId::ByteArray] {
        add_methods(id, MUTABLE);
    }
    for id in [TypeId::Set, TypeId::FrozenSet, TypeId::Dict] {
        add_methods(
            id,
            &[("set.__or__", or, false), ("set.__and__", and, false), ("set.__sub__", sub, false), ("set.__xor__", xor, false)],
        );
    }
    for id in [
        TypeId::Int,
        TypeId::Bool,
        TypeId::Float,
        TypeId::Str,
        TypeId::Bytes,
        TypeId::ByteArray,
        TypeId::List,
        TypeId::Tuple,
        TypeId::Dict,
        TypeId::Set,
        TypeId::FrozenSet,
        TypeId::Range,
    ] {
        add_methods(id, COMPARISONS);
        add_methods(id, COMMON);
        add_methods(id, &[("object.__hash__", d_hash, false)]);
    }
    for id in [TypeId::List, TypeId::Dict, TypeId::Set, TypeId::ByteArray] {
        // Mutable containers are unhashable: __hash__ is None, as in CPython.
        crate::types::type_class(id).dict.borrow_mut().set_str(crate::intern("__hash__"), Value::NONE);
    }
    add_methods(
        TypeId::Object,
        &[
            ("object.__lt__", object_order, false),
            ("object.__le__", object_order, false),
            ("object.__gt__", object_order, false),
            ("object.__ge__", object_order, false),
        ],
    );
}
