//! Where compiled code finds the fields of the objects it reads inline (lists, tuples, range
//! and sequence iterators, closure cells).
//!
//! `Obj` and `IterKind` are `repr(u8)`, so a variant tag is the first byte; the payloads'
//! own layouts (`RefCell<Vec<Value>>`, `Box<[Value]>`) are Rust's to choose, so they are
//! measured here, once, on real objects, and checked: if anything does not look as expected
//! there is no layout and compiled code takes the generic paths. An AOT binary carries the
//! fingerprint of the layout it was compiled against and runs its machine code only when the
//! runtime it links measures the same.

use crate::object::Obj;
use crate::value::{HeapObj, Value};
use std::mem::offset_of;
use std::sync::OnceLock;

/// Byte offsets from the start of a heap allocation (`HeapObj`), and variant tags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ObjLayout {
    /// The `Obj` variant tag (one byte).
    pub tag: i32,
    pub list_tag: u8,
    pub tuple_tag: u8,
    /// The list's `RefCell` borrow flag (0: not borrowed; negative: borrowed mutably).
    pub list_borrow: i32,
    pub list_ptr: i32,
    pub list_len: i32,
    pub tuple_ptr: i32,
    pub tuple_len: i32,
    /// A str: its tag and its code point count.
    pub str_tag: u8,
    pub str_chars: i32,
    pub iter_tag: u8,
    /// Where the iterator's `RefCell<IterKind>` is in it.
    pub iter_cell: i32,
    /// From the cell: the borrow flag, the `IterKind` tag, and a range iterator's fields.
    pub iter_borrow: i32,
    pub iter_kind: i32,
    pub range_tag: u8,
    pub range_next: i32,
    pub range_stop: i32,
    pub range_step: i32,
    /// A sequence iterator (`IterKind::Seq`): its tag, and its sequence and index fields
    /// from the box pointer.
    pub seq_tag: u8,
    pub seq_seq: i32,
    pub seq_index: i32,
    /// A closure cell (`Obj::Cell`): its tag, its RefCell's borrow flag and its value word.
    pub cell_tag: u8,
    pub cell_borrow: i32,
    pub cell_value: i32,
    /// An instance (`Obj::Instance`): its tag, its class word, its `__dict__` word, and the
    /// word that is 0 unless it is an exception.
    pub inst_tag: u8,
    pub inst_class: i32,
    pub inst_dict: i32,
    pub inst_exc: i32,
    /// A class (`Obj::Class`): its tag, its box pointer, and the version from the box.
    pub class_tag: u8,
    pub class_box: i32,
    pub class_version: i32,
    /// A dict (`Obj::Dict`): its tag, its `RefCell`'s borrow flag, and its entry vector's
    /// data pointer and length.
    pub dict_tag: u8,
    pub dict_borrow: i32,
    pub dict_entries: i32,
    pub dict_len: i32,
    /// The table's `hash_bits` word.
    pub dict_hash_bits: i32,
    /// Where the dict's `RefCell<DictTable>` is in it: a class's namespace (a bare
    /// `RefCell<DictTable>`) reads as a dict from that much before it.
    pub dict_cell: i32,
    /// A dict entry: its size and the offsets of its hash, key and value words.
    pub entry_size: i32,
    pub entry_hash: i32,
    pub entry_key: i32,
    pub entry_value: i32,
    /// A Python function (`Obj::Function`): its tag and its box pointer (to the
    /// `FunctionObj`, whose own fields are at Rust's `offset_of!`).
    pub func_tag: u8,
    pub func_box: i32,
    /// A bound method (`Obj::BoundMethod`): its tag and its function and receiver words.
    pub bound_tag: u8,
    pub bound_func: i32,
    pub bound_recv: i32,
}

impl ObjLayout {
    /// A stable summary, compared between an AOT build and the runtime it runs on.
    pub fn fingerprint(&self) -> u64 {
        // FNV-1a over the debug text, which names every field and its value.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in format!("{self:?}").bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }
}

/// The layout, or `None` when it could not be established (then nothing is read inline).
pub fn layout() -> Option<&'static ObjLayout> {
    static LAYOUT: OnceLock<Option<ObjLayout>> = OnceLock::new();
    LAYOUT.get_or_init(measure).as_ref()
}

/// The fingerprint of `layout()` (0 when there is none).
pub fn fingerprint() -> u64 {
    layout().map(ObjLayout::fingerprint).unwrap_or(0)
}

/// The word at byte offset `off` of `base`.
///
/// # Safety
/// `base + off .. base + off + 8` must lie inside one live allocation.
unsafe fn word_at(base: *const u8, off: usize) -> u64 {
    // SAFETY: see the function's contract.
    unsafe { std::ptr::read_unaligned(base.add(off) as *const u64) }
}

/// Which of the `n` words at `base` equals `want`, if exactly one does.
fn find_word(base: *const u8, n: usize, want: u64) -> Option<usize> {
    // SAFETY: callers pass the start of an object of at least `n` words.
    let hits: Vec<usize> = (0..n).filter(|i| unsafe { word_at(base, i * 8) } == want).collect();
    (hits.len() == 1).then(|| hits[0] * 8)
}

/// The borrow flag of the `RefCell` at `cell` (`size` bytes) whose value takes `value_size`
/// bytes from offset `value_at`: the one word outside the value, which must read 1 while
/// `borrowed` holds a shared borrow and 0 otherwise. (Only words outside the value are
/// read: the value may have padding.)
fn borrow_flag<T>(cell: &std::cell::RefCell<T>, value_at: usize, value_size: usize) -> Option<usize> {
    let base = cell as *const _ as *const u8;
    let size = std::mem::size_of_val(cell);
    let outside: Vec<usize> = (0..size / 8).map(|i| i * 8).filter(|&o| o + 8 <= value_at || o >= value_at + value_size).collect();
    let [at] = outside[..] else { return None };
    // SAFETY: `at` is a word of the live RefCell outside its value.
    let read = || unsafe { word_at(base, at) };
    let held = cell.borrow();
    let during = read();
    drop(held);
    (during == 1 && read() == 0).then_some(at)
}

fn measure() -> Option<ObjLayout> {
    let tag = offset_of!(HeapObj, obj);
    let list = crate::list_new({
        let mut v = Vec::with_capacity(5);
        v.extend([Value::small_int(1), Value::small_int(2), Value::small_int(3)]);
        v
    });
    let tuple = crate::tuple_new(vec![Value::small_int(1), Value::small_int(2), Value::small_int(3)]);
    let heap = |v: &Value| v.heap_ptr() as *const u8;
    let (lp, tp) = (heap(&list), heap(&tuple));
    // SAFETY: both are live heap objects; the tag byte is the first byte of `Obj`.
    let (list_tag, tuple_tag) = unsafe { (*lp.add(tag), *tp.add(tag)) };
    let Some(Obj::List(cell)) = list.obj() else { return None };
    let Some(Obj::Tuple(items)) = tuple.obj() else { return None };
    let cell_off = cell as *const _ as usize - lp as usize;
    let cell_base = cell as *const _ as *const u8;
    let cell_words = std::mem::size_of_val(cell) / 8;
    // The Vec's pointer, length (3) and capacity (5) are distinct words of the RefCell.
    let data = cell.borrow().as_ptr() as u64;
    let list_ptr = find_word(cell_base, cell_words, data)?;
    let list_len = find_word(cell_base, cell_words, 3)?;
    let vec_at = cell.as_ptr() as usize - cell_base as usize;
    let list_borrow = borrow_flag(cell, vec_at, std::mem::size_of::<Vec<Value>>())?;
    let box_off = items as *const _ as usize - tp as usize;
    let box_base = items as *const _ as *const u8;
    let tuple_ptr = find_word(box_base, 2, items.as_ptr() as u64)?;
    let tuple_len = find_word(box_base, 2, 3)?;
    // A range iterator with distinctive field values.
    let (next, stop, step) = (0x5_1234_5678_i64, 0x6_2345_6789_i64, 0x7_3456_789a_i64);
    let iter = Value::new(Obj::Iter(std::cell::RefCell::new(crate::object::IterKind::Range { next, stop, step })));
    let ip = heap(&iter);
    // SAFETY: a live heap object.
    let iter_tag = unsafe { *ip.add(tag) };
    let Some(Obj::Iter(kind_cell)) = iter.obj() else { return None };
    let cell_at = kind_cell as *const _ as *const u8;
    let cell_field = cell_at as usize - ip as usize;
    let iter_cell_words = std::mem::size_of_val(kind_cell) / 8;
    let kind_at = kind_cell.as_ptr() as usize - cell_at as usize;
    let range_next = find_word(cell_at, iter_cell_words, next as u64)?;
    let range_stop = find_word(cell_at, iter_cell_words, stop as u64)?;
    let range_step = find_word(cell_at, iter_cell_words, step as u64)?;
    // SAFETY: the tag is the first byte of the IterKind inside the live cell.
    let range_tag = unsafe { *cell_at.add(kind_at) };
    let iter_borrow = borrow_flag(kind_cell, kind_at, std::mem::size_of::<crate::object::IterKind>())?;
    // A sequence iterator over the list above, at a distinctive index.
    let index = 0x3_0405_0607_usize;
    let seq_iter = Value::new(Obj::Iter(std::cell::RefCell::new(crate::object::IterKind::Seq { seq: list.clone(), index })));
    let Some(Obj::Iter(seq_cell)) = seq_iter.obj() else { return None };
    let seq_cell_at = seq_cell as *const _ as *const u8;
    let seq_kind_at = seq_cell.as_ptr() as usize - seq_cell_at as usize;
    if seq_kind_at != kind_at || seq_cell_at as usize - heap(&seq_iter) as usize != cell_field {
        return None;
    }
    // SAFETY: the tag is the first byte of the IterKind inside the live cell.
    let seq_tag = unsafe { *seq_cell_at.add(kind_at) };
    let seq_seq = find_word(seq_cell_at, iter_cell_words, list.bits())?;
    let seq_index = find_word(seq_cell_at, iter_cell_words, index as u64)?;
    let cell = Value::new(Obj::Cell(std::cell::RefCell::new(Value::small_int(0x1234))));
    let cp = heap(&cell);
    // SAFETY: a live heap object.
    let cell_tag = unsafe { *cp.add(tag) };
    let Some(Obj::Cell(cc)) = cell.obj() else { return None };
    let cc_off = cc as *const _ as usize - cp as usize;
    let cc_value = cc.as_ptr() as usize - (cc as *const _ as usize);
    let cc_borrow = borrow_flag(cc, cc_value, 8)?;
    let text = crate::str_new("\u{e9}t\u{e9}");
    let sp = heap(&text);
    // SAFETY: a live heap object.
    let str_tag = unsafe { *sp.add(tag) };
    let Some(Obj::Str(ps)) = text.obj() else { return None };
    let str_chars = &ps.chars as *const usize as usize - sp as usize;
    let objects = measure_instances(tag)?;
    let (func_tag, func_box) = measure_function(tag)?;
    // A bound method of two distinctive words.
    let (bf, br) = (Value::small_int(0x1_2345_6789), Value::small_int(0x2_3456_789a));
    let bound = Value::new(Obj::BoundMethod { func: bf.clone(), receiver: br.clone() });
    let bp = heap(&bound);
    let bound_words = std::mem::size_of::<HeapObj>() / 8;
    let bound_func = find_word(bp, bound_words, bf.bits())?;
    let bound_recv = find_word(bp, bound_words, br.bits())?;
    // SAFETY: a live heap object.
    let bound_tag = unsafe { *bp.add(tag) };
    let tags = [list_tag, tuple_tag, iter_tag, cell_tag, str_tag, objects.inst_tag, objects.class_tag, objects.dict_tag, func_tag, bound_tag];
    if tags.iter().enumerate().any(|(i, t)| tags[i + 1..].contains(t)) || seq_tag == range_tag {
        return None;
    }
    let i = |x: usize| i32::try_from(x).ok();
    Some(ObjLayout {
        tag: i(tag)?,
        list_tag,
        tuple_tag,
        list_borrow: i(cell_off + list_borrow)?,
        list_ptr: i(cell_off + list_ptr)?,
        list_len: i(cell_off + list_len)?,
        tuple_ptr: i(box_off + tuple_ptr)?,
        tuple_len: i(box_off + tuple_len)?,
        str_tag,
        str_chars: i(str_chars)?,
        iter_tag,
        iter_cell: i(cell_field)?,
        iter_borrow: i(iter_borrow)?,
        iter_kind: i(kind_at)?,
        range_tag,
        range_next: i(range_next)?,
        range_stop: i(range_stop)?,
        range_step: i(range_step)?,
        seq_tag,
        seq_seq: i(seq_seq)?,
        seq_index: i(seq_index)?,
        cell_tag,
        cell_borrow: i(cc_off + cc_borrow)?,
        cell_value: i(cc_off + cc_value)?,
        func_tag,
        func_box: i(func_box)?,
        bound_tag,
        bound_func: i(bound_func)?,
        bound_recv: i(bound_recv)?,
        ..objects
    })
}

/// A function's tag and the offset of its box pointer. Compiled code compares two functions'
/// code by the two words of their `Rc<dyn Any>` fields, so that must be two words.
fn measure_function(tag: usize) -> Option<(u8, usize)> {
    use crate::object::FunctionObj;
    use std::cell::RefCell;
    if std::mem::size_of::<std::rc::Rc<dyn std::any::Any>>() != 16 {
        return None;
    }
    let f = Value::new(Obj::Function(Box::new(FunctionObj {
        code: std::rc::Rc::new(()),
        name: RefCell::new(Value::NONE),
        qualname: RefCell::new(Value::NONE),
        module: RefCell::new(Value::NONE),
        globals: Value::NONE,
        defaults: RefCell::new(vec![]),
        kwdefaults: RefCell::new(Value::NONE),
        closure: vec![],
        dict: RefCell::new(None),
        doc: RefCell::new(Value::NONE),
    })));
    let fp = f.heap_ptr() as *const u8;
    let Some(Obj::Function(bx)) = f.obj() else { return None };
    let box_field = bx as *const Box<FunctionObj> as usize - fp as usize;
    // SAFETY: the tag byte and the box field are bytes and a word of the live function.
    unsafe {
        if word_at(fp, box_field) != &**bx as *const FunctionObj as u64 {
            return None;
        }
        Some((*fp.add(tag), box_field))
    }
}

/// A class to measure (not registered anywhere).
fn measuring_class() -> Value {
    use std::cell::{Cell, RefCell};
    Value::new(Obj::Class(Box::new(crate::object::ClassObj {
        name: RefCell::new(crate::str_new("measure")),
        qualname: RefCell::new(crate::str_new("measure")),
        module: RefCell::new(Value::NONE),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(crate::dict::DictTable::new()),
        builtin: None,
        base_layout: Cell::new(crate::types::TypeId::Object),
        version: Cell::new(crate::types::next_class_version()),
        subclasses: RefCell::new(Vec::new()),
        ctor_cache: RefCell::new(None),
        attr_hint: Cell::new(0),
        flags: Cell::new(0),
    })))
}

/// The instance, class and dict fields of the layout (the rest zero).
fn measure_instances(tag: usize) -> Option<ObjLayout> {
    use crate::dict::Entry;
    use crate::object::{ClassObj, InstanceObj};
    let heap = |v: &Value| v.heap_ptr() as *const u8;
    let class = measuring_class();
    let inst = Value::new(Obj::Instance(InstanceObj::new(class.clone(), None)));
    let ip = heap(&inst);
    let Some(Obj::Instance(io)) = inst.obj() else { return None };
    let io_off = io as *const _ as usize - ip as usize;
    let class_cell = &io.class;
    let class_value = class_cell.as_ptr() as usize - class_cell as *const _ as usize;
    let class_field = offset_of!(InstanceObj, class);
    let (dict_field, exc_field) = (offset_of!(InstanceObj, dict), offset_of!(InstanceObj, exc));
    // SAFETY: words of the live instance at its own fields' offsets.
    let (cw, dw, ew) = unsafe { (word_at(ip, io_off + class_field + class_value), word_at(ip, io_off + dict_field), word_at(ip, io_off + exc_field)) };
    if cw != class.bits() || dw != io.dict.bits() || ew != 0 || std::mem::size_of::<Option<Box<std::cell::RefCell<crate::object::ExcState>>>>() != 8 {
        return None;
    }
    // The instance's dict, with three entries in a vector of capacity seven.
    let Some(Obj::Dict(dcell)) = io.dict.obj() else { return None };
    {
        let mut t = dcell.borrow_mut();
        t.entries.reserve_exact(7);
        // Int keys with explicit hashes: hashing a str here would fix the process's hash
        // secret before PYTHONHASHSEED is read.
        for k in 1..=3 {
            t.insert(k, Value::small_int(k), Value::small_int(k), &mut |a, b| Ok(a.bits() == b.bits())).ok()?;
        }
        if t.entries.len() != 3 || t.entries.capacity() == 3 {
            return None;
        }
    }
    let dp = heap(&io.dict);
    let dcell_off = dcell as *const _ as usize - dp as usize;
    let table_at = dcell.as_ptr() as usize - dcell as *const _ as usize;
    let dict_borrow = borrow_flag(dcell, table_at, std::mem::size_of::<crate::dict::DictTable>())?;
    let vec_off = table_at + offset_of!(crate::dict::DictTable, entries);
    let vec_base = (dcell as *const _ as *const u8).wrapping_add(vec_off);
    let entries_ptr = dcell.borrow().entries.as_ptr() as u64;
    let dict_entries = find_word(vec_base, 3, entries_ptr)?;
    let dict_len = find_word(vec_base, 3, 3)?;
    let hash_bits = table_at + offset_of!(crate::dict::DictTable, hash_bits);
    // SAFETY: a word of the live dict's table (keys 1, 2 and 3 hash to themselves).
    if unsafe { word_at((dcell as *const _ as *const u8).wrapping_add(hash_bits), 0) } != 0b1110 {
        return None;
    }
    // The class's version, behind its box.
    let Some(Obj::Class(bx)) = class.obj() else { return None };
    let cp = heap(&class);
    let box_field = bx as *const Box<ClassObj> as usize - cp as usize;
    let version = offset_of!(ClassObj, version);
    // SAFETY: the box field is a word of the live class object, and the version a word of
    // the box it points to.
    unsafe {
        let b = word_at(cp, box_field) as *const u8;
        if b != &**bx as *const ClassObj as *const u8 || word_at(b, version) != bx.version.get() {
            return None;
        }
    }
    // SAFETY: the tag bytes of live heap objects.
    let (inst_tag, class_tag, dict_tag) = unsafe { (*ip.add(tag), *cp.add(tag), *dp.add(tag)) };
    let i = |x: usize| i32::try_from(x).ok();
    Some(ObjLayout {
        inst_tag,
        inst_class: i(io_off + class_field + class_value)?,
        inst_dict: i(io_off + dict_field)?,
        inst_exc: i(io_off + exc_field)?,
        class_tag,
        class_box: i(box_field)?,
        class_version: i(version)?,
        dict_tag,
        dict_borrow: i(dcell_off + dict_borrow)?,
        dict_entries: i(vec_off + dict_entries + dcell_off)?,
        dict_len: i(vec_off + dict_len + dcell_off)?,
        dict_hash_bits: i(hash_bits + dcell_off)?,
        dict_cell: i(dcell_off)?,
        entry_size: i(std::mem::size_of::<Entry>())?,
        entry_hash: i(offset_of!(Entry, hash))?,
        entry_key: i(offset_of!(Entry, key))?,
        entry_value: i(offset_of!(Entry, value))?,
        ..ObjLayout::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_measured_and_reads_back() {
        let l = layout().expect("the layout of lists and tuples is measured");
        let list = crate::list_new(vec![Value::small_int(7), Value::small_int(8)]);
        let p = list.heap_ptr() as *const u8;
        // SAFETY: reading fields of a live list at the measured offsets.
        unsafe {
            assert_eq!(*p.add(l.tag as usize), l.list_tag);
            assert_eq!(word_at(p, l.list_len as usize), 2);
            assert_eq!(word_at(p, l.list_borrow as usize), 0);
            let data = word_at(p, l.list_ptr as usize) as *const u64;
            assert_eq!(*data.add(1), Value::small_int(8).bits());
        }
        assert_ne!(l.fingerprint(), 0);
        let cell = Value::new(Obj::Cell(std::cell::RefCell::new(Value::small_int(42))));
        let p = cell.heap_ptr() as *const u8;
        // SAFETY: reading a live cell at the measured offsets.
        unsafe {
            assert_eq!(*p.add(l.tag as usize), l.cell_tag);
            assert_eq!(word_at(p, l.cell_value as usize), Value::small_int(42).bits());
            assert_eq!(word_at(p, l.cell_borrow as usize), 0);
        }
        let range = Value::new(Obj::Range(crate::object::RangeObj { start: Value::small_int(3), stop: Value::small_int(10), step: Value::small_int(2) }));
        let it = crate::ops::get_iter(&range).unwrap();
        let p = it.heap_ptr() as *const u8;
        // SAFETY: reading a live range iterator at the measured offsets.
        unsafe {
            assert_eq!(*p.add(l.tag as usize), l.iter_tag);
            let bx = p.add(l.iter_cell as usize);
            assert_eq!(*bx.add(l.iter_kind as usize), l.range_tag);
            assert_eq!(word_at(bx, l.range_next as usize), 3);
            assert_eq!(word_at(bx, l.range_stop as usize), 10);
            assert_eq!(word_at(bx, l.range_step as usize), 2);
        }
        let class = measuring_class();
        let inst = Value::new(Obj::Instance(crate::object::InstanceObj::new(class.clone(), None)));
        let Some(Obj::Instance(io)) = inst.obj() else { unreachable!() };
        io.table().borrow_mut().set_str(crate::intern("x"), Value::small_int(5));
        io.table().borrow_mut().set_str(crate::intern("y"), Value::small_int(6));
        let p = inst.heap_ptr() as *const u8;
        // SAFETY: reading a live instance, its class and its dict at the measured offsets.
        unsafe {
            assert_eq!(*p.add(l.tag as usize), l.inst_tag);
            assert_eq!(word_at(p, l.inst_class as usize), class.bits());
            assert_eq!(word_at(p, l.inst_exc as usize), 0);
            let c = class.heap_ptr() as *const u8;
            assert_eq!(*c.add(l.tag as usize), l.class_tag);
            let Some(Obj::Class(co)) = class.obj() else { unreachable!() };
            let b = word_at(c, l.class_box as usize) as *const u8;
            assert_eq!(word_at(b, l.class_version as usize), co.version.get());
            let d = word_at(p, l.inst_dict as usize) & crate::value::PAYLOAD_MASK;
            let d = d as *const u8;
            assert_eq!(*d.add(l.tag as usize), l.dict_tag);
            assert_eq!(word_at(d, l.dict_borrow as usize), 0);
            assert_eq!(word_at(d, l.dict_len as usize), 2);
            let e = word_at(d, l.dict_entries as usize) as *const u8;
            let second = e.add(l.entry_size as usize);
            assert_eq!(word_at(second, l.entry_key as usize), crate::intern("y").bits());
            assert_eq!(word_at(second, l.entry_value as usize), Value::small_int(6).bits());
            assert_eq!(word_at(second, l.entry_hash as usize) as i64, crate::pyhash::str_value_hash(&crate::intern("y")));
        }
    }
}
