//! Builtin iterators: the iterators of list, tuple, str, range and dict
//! (keeping CPython's type names: `list_iterator`, `range_iterator`, ...),
//! the old `__getitem__` sequence iterator, `iter(callable, sentinel)`,
//! and `enumerate`, `zip`, `map`, `filter` and `reversed`.
//!
//! No borrow of an iterator's state is held while user code runs (a map
//! function, an inner iterator's `__next__`): the state is read, released,
//! and updated afterwards.

use std::cell::RefCell;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::MethodDef;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Which part of a dict entry a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of a builtin iterator.
pub enum BuiltinIterator {
    List {
        seq: Value,
        index: usize,
    },
    /// Counts down; `index` is one past the next item.
    ListReverse {
        seq: Value,
        index: usize,
    },
    Tuple {
        seq: Value,
        index: usize,
    },
    /// Over a bytes or bytearray (`bytes_iterator`, `bytearray_iterator`).
    Bytes {
        seq: Value,
        index: usize,
    },
    /// `byte` is the byte offset of the next character.
    Str {
        seq: Value,
        byte: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// A range whose bounds do not fit in an i64.
    BigRange {
        next: Value,
        step: Value,
        remaining: Value,
    },
    /// `pos` is the next slot to look at; `used` the size the set must
    /// keep (`usize::MAX` once it changed, which stays an error).
    Set {
        set: Value,
        pos: usize,
        used: usize,
        yielded: usize,
    },
    /// `len` is the dict's size when iteration started (`usize::MAX` once
    /// it changed, which stays an error); `yielded` counts items so far.
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        yielded: usize,
        part: DictPart,
        reverse: bool,
    },
    /// The `__getitem__` protocol: items 0, 1, ... until IndexError.
    Sequence {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `reversed()` over `__len__` + `__getitem__`.
    Reversed {
        seq: Value,
        index: i64,
    },
    Exhausted,
}

/// The types whose instances are builtin iterators.
pub fn iterator_types(vm: &Vm) -> Vec<&ObjRef> {
    let t = &vm.types;
    vec![
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_ascii_iterator,
        &t.str_iterator,
        &t.set_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.callable_iterator,
        &t.iterator,
    ]
}

/// A new builtin iterator object.
pub fn new_iterator(vm: &Vm, cls: &ObjRef, state: BuiltinIterator) -> Value {
    vm.new_object(cls.clone(), Payload::Iterator(RefCell::new(state)))
}

/// One step of a builtin iterator.
pub fn builtin_next(vm: &Vm, cell: &RefCell<BuiltinIterator>) -> PyResult<Option<Value>> {
    let mut state = cell.borrow_mut();
    match &mut *state {
        BuiltinIterator::List { seq, index } => {
            if let Some(Payload::List(l)) = seq.payload() {
                if let Some(v) = l.borrow().get(*index) {
                    *index += 1;
                    return Ok(Some(v.clone()));
                }
            }
            *state = BuiltinIterator::Exhausted;
            Ok(None)
        }
        BuiltinIterator::ListReverse { seq, index } => {
            if let Some(Payload::List(l)) = seq.payload() {
                let l = l.borrow();
                if *index > 0 && *index <= l.len() {
                    *index -= 1;
                    return Ok(l.get(*index).cloned());
                }
            }
            *state = BuiltinIterator::Exhausted;
            Ok(None)
        }
        BuiltinIterator::Tuple { seq, index } => {
            if let Some(Payload::Tuple(t)) = seq.payload() {
                if let Some(v) = t.get(*index) {
                    *index += 1;
                    return Ok(Some(v.clone()));
                }
            }
            *state = BuiltinIterator::Exhausted;
            Ok(None)
        }
        BuiltinIterator::Bytes { seq, index } => {
            let byte = match seq.payload() {
                Some(Payload::Bytes(data)) => data.get(*index).copied(),
                Some(Payload::ByteArray(data)) => data.borrow().get(*index).copied(),
                _ => None,
            };
            if let Some(b) = byte {
                *index += 1;
                return Ok(Some(Value::Int(i64::from(b))));
            }
            *state = BuiltinIterator::Exhausted;
            Ok(None)
        }
        BuiltinIterator::Str { seq, byte } => {
            if let Some(s) = seq.as_str() {
                if let Some(c) = s.as_str()[*byte..].chars().next() {
                    *byte += c.len_utf8();
                    drop(state);
                    return Ok(Some(vm.char_value(c)));
                }
            }
            *state = BuiltinIterator::Exhausted;
            Ok(None)
        }
        BuiltinIterator::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        BuiltinIterator::BigRange { .. } => {
            let BuiltinIterator::BigRange {
                next,
                step,
                remaining,
            } = std::mem::replace(&mut *state, BuiltinIterator::Exhausted)
            else {
                return Ok(None);
            };
            drop(state);
            if !vm.truthy(&remaining)? {
                return Ok(None);
            }
            let after = vm.binary_op(&next, &step, crate::dunder::BinOp::Add)?;
            let left = vm.binary_op(&remaining, &Value::Int(1), crate::dunder::BinOp::Sub)?;
            *cell.borrow_mut() = BuiltinIterator::BigRange {
                next: after,
                step,
                remaining: left,
            };
            Ok(Some(next))
        }
        BuiltinIterator::Set {
            set,
            pos,
            used,
            yielded,
        } => {
            let item = crate::types::set::set_iterator_step(vm, set, pos, used)?;
            match item {
                Some(v) => {
                    *yielded += 1;
                    Ok(Some(v))
                }
                None => {
                    *state = BuiltinIterator::Exhausted;
                    Ok(None)
                }
            }
        }
        BuiltinIterator::Dict {
            dict,
            pos,
            len,
            yielded,
            part,
            reverse,
        } => {
            let Some(Payload::Dict(d)) = dict.payload() else {
                return Ok(None);
            };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                let msg = "dictionary changed size during iteration";
                return Err(vm.runtime_error(msg.into()));
            }
            let found = if *reverse {
                d.entry_before(*pos)
            } else {
                d.entry_from(*pos)
            };
            let Some((next_pos, e)) = found else {
                drop(d);
                *state = BuiltinIterator::Exhausted;
                return Ok(None);
            };
            if *yielded >= *len {
                drop(d);
                *state = BuiltinIterator::Exhausted;
                let msg = "dictionary keys changed during iteration";
                return Err(vm.runtime_error(msg.into()));
            }
            *pos = next_pos;
            *yielded += 1;
            let (k, v) = (e.key.clone(), e.value.clone());
            let part = *part;
            drop(d);
            drop(state);
            Ok(Some(match part {
                DictPart::Keys => k,
                DictPart::Values => v,
                DictPart::Items => vm.new_tuple(vec![k, v]),
            }))
        }
        BuiltinIterator::Sequence { seq, index } => {
            let (seq, i) = (seq.clone(), *index);
            drop(state);
            match vm.get_item(&seq, &Value::Int(i)) {
                Ok(v) => {
                    if let BuiltinIterator::Sequence { index, .. } = &mut *cell.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error)
                        || vm.err_matches(&e, &vm.exc.stop_iteration) =>
                {
                    *cell.borrow_mut() = BuiltinIterator::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        BuiltinIterator::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(state);
            let v = match vm.call(&func, Args::positional(&[])) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                    *cell.borrow_mut() = BuiltinIterator::Exhausted;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq(&v, &sentinel)? {
                *cell.borrow_mut() = BuiltinIterator::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        BuiltinIterator::Enumerate { inner, count } => {
            let (inner, n) = (inner.clone(), count.clone());
            drop(state);
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let after = match n {
                Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                ref other => vm.binary_op(other, &Value::Int(1), crate::dunder::BinOp::Add)?,
            };
            if let BuiltinIterator::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                *count = after;
            }
            Ok(Some(vm.new_tuple(vec![n, v])))
        }
        BuiltinIterator::Zip { inners, strict } => {
            let (inners, strict) = (inners.clone(), *strict);
            drop(state);
            zip_next(vm, &inners, strict)
        }
        BuiltinIterator::Map { func, inners } => {
            let (func, inners) = (func.clone(), inners.clone());
            drop(state);
            let mut args = Vec::with_capacity(inners.len());
            for it in &inners {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, Args::positional(&args)).map(Some)
        }
        BuiltinIterator::Filter { func, inner } => {
            let (func, inner) = (func.clone(), inner.clone());
            drop(state);
            while let Some(v) = vm.next(&inner)? {
                let keep = if func.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&func, Args::positional(std::slice::from_ref(&v)))?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        BuiltinIterator::Reversed { seq, index } => {
            if *index < 0 {
                *state = BuiltinIterator::Exhausted;
                return Ok(None);
            }
            let (seq, i) = (seq.clone(), *index);
            drop(state);
            match vm.get_item(&seq, &Value::Int(i)) {
                Ok(v) => {
                    if let BuiltinIterator::Reversed { index, .. } = &mut *cell.borrow_mut() {
                        *index -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error)
                        || vm.err_matches(&e, &vm.exc.stop_iteration) =>
                {
                    *cell.borrow_mut() = BuiltinIterator::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        BuiltinIterator::Exhausted => Ok(None),
    }
}

/// One step of `zip`. Like CPython, zip keeps no "exhausted" state: a
/// later call pulls from the iterators again.
fn zip_next(vm: &Vm, inners: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if inners.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(inners.len());
    for (i, it) in inners.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => {
                if strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{plural}{i}",
                            i + 1
                        )));
                    }
                    for (j, rest) in inners.iter().enumerate().skip(1) {
                        if vm.next(rest)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{plural}{j}",
                                j + 1
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(items)))
}

fn iter_self(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__next__", 1, 1)?;
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn iter_length_hint(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__length_hint__", 1, 1)?;
    let Some(Payload::Iterator(cell)) = a[0].payload() else {
        return Ok(vm.not_implemented.clone());
    };
    let state = cell.borrow();
    let n = match &*state {
        BuiltinIterator::List { seq, index } => match seq.payload() {
            Some(Payload::List(l)) => l.borrow().len().saturating_sub(*index),
            _ => 0,
        },
        BuiltinIterator::Tuple { seq, index } => match seq.payload() {
            Some(Payload::Tuple(t)) => t.len().saturating_sub(*index),
            _ => 0,
        },
        BuiltinIterator::Bytes { seq, index } => match seq.payload() {
            Some(Payload::Bytes(data)) => data.len().saturating_sub(*index),
            Some(Payload::ByteArray(data)) => data.borrow().len().saturating_sub(*index),
            _ => 0,
        },
        BuiltinIterator::Range { remaining, .. } => *remaining as usize,
        BuiltinIterator::BigRange { remaining, .. } => return Ok(remaining.clone()),
        BuiltinIterator::Str { seq, byte } => seq
            .as_str()
            .and_then(|s| s.as_str().get(*byte..))
            .map_or(0, |rest| rest.chars().count()),
        BuiltinIterator::Dict {
            dict, len, yielded, ..
        } => match dict.payload() {
            Some(Payload::Dict(d)) if d.borrow().len() == *len => len.saturating_sub(*yielded),
            _ => 0,
        },
        BuiltinIterator::ListReverse { seq, index } => match seq.payload() {
            Some(Payload::List(l)) if *index <= l.borrow().len() => *index,
            _ => 0,
        },
        BuiltinIterator::Reversed { seq, index } => {
            let (seq, index) = (seq.clone(), *index);
            drop(state);
            let len = vm.len(&seq)? as i64;
            return Ok(Value::Int(if index < len { index + 1 } else { 0 }));
        }
        BuiltinIterator::Sequence { seq, index } => {
            let (seq, index) = (seq.clone(), *index);
            drop(state);
            let has_len = vm
                .class_of(&seq)
                .as_type()
                .is_some_and(|t| t.dunder(crate::dunder::Dunder::Len).is_some());
            if !has_len {
                return Ok(vm.not_implemented.clone());
            }
            let len = vm.len(&seq)? as i64;
            return Ok(Value::Int((len - index).max(0)));
        }
        BuiltinIterator::Set {
            set, used, yielded, ..
        } => match crate::types::set::set_table(set) {
            Some(t) if t.borrow().len() == *used => used.saturating_sub(*yielded),
            _ => 0,
        },
        BuiltinIterator::Exhausted => 0,
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::Int(n as i64))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", iter_self),
    MethodDef::method("__next__", iter_next),
];

/// `__length_hint__`, which only some iterators have (not `enumerate`,
/// `zip`, `map`, `filter` or `callable_iterator`).
pub const LENGTH_HINT_METHODS: &[MethodDef] =
    &[MethodDef::method("__length_hint__", iter_length_hint)];

/// The iterator types that have `__length_hint__`.
pub fn hinted_types(vm: &Vm) -> Vec<&ObjRef> {
    let plain = [
        &vm.types.enumerate,
        &vm.types.zip,
        &vm.types.map,
        &vm.types.filter,
    ];
    iterator_types(vm)
        .into_iter()
        .filter(|t| {
            !plain.iter().any(|p| std::rc::Rc::ptr_eq(p, t))
                && !std::rc::Rc::ptr_eq(t, &vm.types.callable_iterator)
        })
        .collect()
}
