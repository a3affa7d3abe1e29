//! Constructors of builtin types: `int(...)`, `str(...)`, `list(...)`, `dict(...)`, …

use crate::call::{bind_args, check_arity, split_kw};
use crate::exceptions::{type_error, value_error};
use crate::int;
use crate::object::*;
use crate::ops;
use crate::types::{type_name, TypeId};
use crate::value::Value;

fn no_kw(name: &str, kwnames: &[Value]) -> PyResult<()> {
    crate::construct::check_no_kwargs(name, kwnames)
}

pub fn construct_builtin(id: TypeId, _cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match id {
        TypeId::Object => {
            no_kw("object", kwnames)?;
            if !args.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::new(Obj::Instance(InstanceObj::new(crate::types::type_obj(TypeId::Object), None))))
        }
        TypeId::Type => crate::construct::type_call(args, kwnames),
        TypeId::Int => super::int::int_new(args, kwnames),
        TypeId::Float => {
            no_kw("float", kwnames)?;
            check_arity("float", args, 0, 1)?;
            if args.is_empty() {
                return Ok(Value::float(0.0));
            }
            super::int::to_float(&args[0])
        }
        TypeId::Bool => {
            no_kw("bool", kwnames)?;
            check_arity("bool", args, 0, 1)?;
            Ok(Value::bool(match args.first() {
                Some(v) => ops::truthy(v)?,
                None => false,
            }))
        }
        TypeId::Str => super::str::str_construct(args, kwnames),
        TypeId::List => {
            no_kw("list", kwnames)?;
            check_arity("list", args, 0, 1)?;
            Ok(crate::list_new(match args.first() {
                Some(v) => super::seq::collect(v)?,
                None => vec![],
            }))
        }
        TypeId::Tuple => {
            no_kw("tuple", kwnames)?;
            check_arity("tuple", args, 0, 1)?;
            match args.first() {
                Some(v) if matches!(v.obj(), Some(Obj::Tuple(_))) => Ok(v.clone()),
                Some(v) => Ok(crate::tuple_new(super::seq::collect(v)?)),
                None => Ok(crate::tuple_new(vec![])),
            }
        }
        TypeId::Dict => {
            let d = crate::dict_new();
            super::dict::dict_update_args(&d, args, kwnames, "dict")?;
            Ok(d)
        }
        TypeId::Set => {
            no_kw("set", kwnames)?;
            check_arity("set", args, 0, 1)?;
            let s = super::set::new_set(false);
            if let Some(v) = args.first() {
                super::set::set_update(&s, v)?;
            }
            Ok(s)
        }
        TypeId::FrozenSet => {
            no_kw("frozenset", kwnames)?;
            check_arity("frozenset", args, 0, 1)?;
            if let Some(v) = args.first() {
                if matches!(v.obj(), Some(Obj::FrozenSet(_))) {
                    return Ok(v.clone());
                }
            }
            let s = super::set::new_set(true);
            if let Some(v) = args.first() {
                super::set::set_update(&s, v)?;
            }
            Ok(s)
        }
        TypeId::Range => {
            no_kw("range", kwnames)?;
            if args.is_empty() {
                return Err(type_error("range expected at least 1 argument, got 0"));
            }
            if args.len() > 3 {
                return Err(type_error(format!("range expected at most 3 arguments, got {}", args.len())));
            }
            let to_int = |v: &Value| -> PyResult<Value> {
                if int::is_int(v) {
                    return Ok(if v.is_bool() { Value::small_int(v.as_bool() as i64) } else { v.clone() });
                }
                ops::index_of(v).map(Value::int)
            };
            let (start, stop, step) = match args.len() {
                1 => (Value::small_int(0), to_int(&args[0])?, Value::small_int(1)),
                2 => (to_int(&args[0])?, to_int(&args[1])?, Value::small_int(1)),
                _ => (to_int(&args[0])?, to_int(&args[1])?, to_int(&args[2])?),
            };
            if int::as_i64(&step) == Some(0) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::new(Obj::Range(RangeObj { start, stop, step })))
        }
        TypeId::Slice => {
            no_kw("slice", kwnames)?;
            check_arity("slice", args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::NONE, args[0].clone(), Value::NONE),
                2 => (args[0].clone(), args[1].clone(), Value::NONE),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(Value::new(Obj::Slice(SliceObj { start, stop, step })))
        }
        TypeId::Bytes => super::bytes::bytes_new(args, kwnames),
        TypeId::ByteArray => super::bytes::bytearray_new(args, kwnames),
        TypeId::Enumerate => {
            // CPython's enum_vectorcall binds its arguments itself (and words its errors so).
            let (pos, kws) = split_kw(args, kwnames);
            let expect = |i: usize, name: &str| {
                if kws[i].0 == name { Ok(()) } else { Err(crate::call::invalid_keyword("enumerate", kws[i].0)) }
            };
            let (iterable, start) = match (pos.len() + kws.len(), kws.len()) {
                (2, 2) if kws[0].0 == "start" => {
                    expect(1, "iterable")?;
                    (&args[1], Some(&args[0]))
                }
                (2, n) => {
                    if n == 2 {
                        expect(0, "iterable")?;
                    }
                    if n > 0 {
                        expect(n - 1, "start")?;
                    }
                    (&args[0], Some(&args[1]))
                }
                (1, n) => {
                    if n == 1 {
                        expect(0, "iterable")?;
                    }
                    (&args[0], None)
                }
                _ if pos.is_empty() => return Err(type_error("enumerate() missing required argument 'iterable'")),
                (n, _) => return Err(type_error(format!("enumerate() takes at most 2 arguments ({n} given)"))),
            };
            // (CPython converts `start` before asking for the iterator.)
            let start = match start {
                Some(s) => ops::number_index(s)?,
                None => Value::small_int(0),
            };
            let it = ops::get_iter(iterable)?;
            Ok(ops::new_iter(IterKind::Enumerate { it, count: start, last: Value::NONE }))
        }
        TypeId::Zip => {
            let (pos, kws) = split_kw(args, kwnames);
            let mut strict = false;
            for (k, v) in kws {
                if k == "strict" {
                    strict = ops::truthy(v)?;
                } else {
                    return Err(crate::call::invalid_keyword("zip", k));
                }
            }
            let its = pos.iter().map(ops::get_iter).collect::<PyResult<Vec<_>>>()?;
            Ok(ops::new_iter(IterKind::Zip { its, strict, last: Value::NONE }))
        }
        TypeId::Map => {
            no_kw("map", kwnames)?;
            if args.len() < 2 {
                return Err(type_error("map() must have at least two arguments."));
            }
            let its = args[1..].iter().map(ops::get_iter).collect::<PyResult<Vec<_>>>()?;
            Ok(ops::new_iter(IterKind::Map { f: args[0].clone(), its }))
        }
        TypeId::Filter => {
            no_kw("filter", kwnames)?;
            check_arity("filter", args, 2, 2)?;
            Ok(ops::new_iter(IterKind::Filter { f: args[0].clone(), it: ops::get_iter(&args[1])? }))
        }
        TypeId::Reversed => {
            no_kw("reversed", kwnames)?;
            check_arity("reversed", args, 1, 1)?;
            super::iters::reversed(&args[0])
        }
        TypeId::Property => {
            let a = bind_args("property", args, kwnames, &["fget", "fset", "fdel", "doc"], 0)?;
            let g = |i: usize| a[i].clone().unwrap_or(Value::NONE);
            Ok(Value::new(Obj::Property(PropertyObj { fget: g(0), fset: g(1), fdel: g(2), doc: g(3) })))
        }
        TypeId::StaticMethod => {
            check_arity("staticmethod", args, 1, 1)?;
            Ok(Value::new(Obj::StaticMethod(args[0].clone())))
        }
        TypeId::ClassMethod => {
            check_arity("classmethod", args, 1, 1)?;
            Ok(Value::new(Obj::ClassMethod(args[0].clone())))
        }
        TypeId::Super => {
            check_arity("super", args, 2, 2)?;
            if crate::types::as_class(&args[0]).is_none() {
                return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(&args[0]))));
            }
            let ok = crate::types::is_instance(&args[1], &args[0])
                || (crate::types::as_class(&args[1]).is_some() && crate::types::is_subclass(&args[1], &args[0]));
            if !ok {
                return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(Value::new(Obj::Super { class: args[0].clone(), receiver: args[1].clone() }))
        }
        _ => Err(type_error(format!("cannot create '{}' instances", crate::types::TYPE_NAMES[id as usize]))),
    }
}
