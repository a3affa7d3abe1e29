//! Introspection of Python functions: `__closure__` (cells) and `__code__`.

use crate::dict::DictTable;
use crate::object::*;
use crate::value::Value;

type CodeObjects = std::collections::HashMap<usize, (std::rc::Rc<dyn std::any::Any>, Value)>;

thread_local! {
    static CODE_CLASS: std::cell::OnceCell<Value> = const { std::cell::OnceCell::new() };
    /// The `code` object made for each code, by its address (the entry keeps the code alive,
    /// so the address is not reused), so `f.__code__ is f.__code__` and functions made by
    /// one `def` share it.
    static CODE_OBJECTS: std::cell::RefCell<CodeObjects> = std::cell::RefCell::new(std::collections::HashMap::new());
}

/// `f.__closure__`: a tuple of the function's cells ordered by variable name (CPython sorts
/// `co_freevars`), or None when it has none.
pub fn closure_tuple(func: &Value) -> Value {
    let Some(Obj::Function(f)) = func.obj() else { return Value::NONE };
    if f.closure.is_empty() {
        return Value::NONE;
    }
    let names = (crate::call::hooks().code_info)(func).freevars;
    let mut cells: Vec<(String, Value)> = names.into_iter().zip(f.closure.iter().cloned()).collect();
    cells.sort_by(|a, b| a.0.cmp(&b.0));
    crate::tuple_new(cells.into_iter().map(|(_, c)| c).collect())
}

/// `f.__code__`: a `code` object carrying the function's `co_*` attributes.
pub fn code_object(func: &Value) -> PyResult<Value> {
    let key = match func.obj() {
        Some(Obj::Function(f)) => Some((std::rc::Rc::as_ptr(&f.code) as *const () as usize, f.code.clone())),
        _ => None,
    };
    if let Some((k, _)) = &key {
        if let Some((_, c)) = CODE_OBJECTS.with(|m| m.borrow().get(k).cloned()) {
            return Ok(c);
        }
    }
    let cls = CODE_CLASS.with(|c| {
        c.get_or_init(|| {
            crate::construct::make_class("code", "code", &crate::str_new("builtins"), vec![], DictTable::new())
                .expect("code class")
        })
        .clone()
    });
    let code = Value::new(Obj::Instance(InstanceObj::new(cls, None)));
    if let Some(Obj::Instance(i)) = code.obj() {
        let mut d = i.table().borrow_mut();
        for (name, v) in (crate::call::hooks().code_info)(func).attrs {
            d.set_str(crate::intern(name), v);
        }
    }
    if let Some((k, rc)) = key {
        CODE_OBJECTS.with(|m| m.borrow_mut().insert(k, (rc, code.clone())));
    }
    Ok(code)
}
