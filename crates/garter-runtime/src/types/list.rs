//! `list`: a mutable sequence in a `RefCell<Vec<Value>>`. No borrow is
//! held while user code runs (`==` of items, sort keys): items are copied
//! out first.

use crate::args::Args;
use crate::dunder::CompareOp;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::sequence::{
    cant_multiply, merge_sort, method_args, reflected_answer, seq_compare, seq_repr,
};
use crate::types::slice::{adjust_index, as_slice, index_integer, unpack_slice};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

/// The vector of a list value.
pub fn list_cell(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    args.values.first().and_then(list_cell).ok_or_else(|| {
        crate::types::sequence::wrong_receiver(
            vm,
            "list",
            name,
            args.values.first(),
            &["__getitem__", "__reversed__"],
        )
    })
}

fn list_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::sequence::new_class_arg(vm, &args, "list", &vm.types.list)?;
    Ok(vm.new_object(cls, Payload::List(RefCell::new(Vec::new()))))
}

fn list_init(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "list")?;
    let l = this(vm, &args, "__init__")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    if let Some(it) = pos.get(1) {
        let items = vm.collect(it)?;
        l.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

fn list_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__len__")?;
    Ok(Value::Int(l.borrow().len() as i64))
}

fn list_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__getitem__")?;
    let a = method_args(vm, &args, "list", "__getitem__", 1, 1)?;
    if let Some(s) = as_slice(&a[1]) {
        let bounds = unpack_slice(vm, s)?;
        let items = l.borrow();
        let r = bounds.adjust(items.len());
        let out = r
            .positions()
            .filter_map(|i| items.get(i).cloned())
            .collect();
        return Ok(vm.new_list(out));
    }
    let i = index_integer(vm, &a[1], "list")?;
    let items = l.borrow();
    let i = adjust_index(vm, i, items.len(), "list index out of range")?;
    Ok(items.get(i).cloned().unwrap_or(Value::None))
}

/// The items of `value` for a slice assignment (`msg` if not iterable).
fn assigned_items(vm: &Vm, list: &Value, value: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let (true, Some(l)) = (value.is(list), list_cell(list)) {
        return Ok(l.borrow().clone());
    }
    match vm.iter(value) {
        Ok(it) => vm.collect(&it),
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => Err(vm.type_error(msg.into())),
        Err(e) => Err(e),
    }
}

fn list_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__setitem__")?;
    let a = method_args(vm, &args, "list", "__setitem__", 2, 2)?;
    if let Some(s) = as_slice(&a[1]) {
        let bounds = unpack_slice(vm, s)?;
        let r = bounds.adjust(l.borrow().len());
        if r.step == 1 {
            let new = assigned_items(vm, &a[0], &a[2], "can only assign an iterable")?;
            let mut items = l.borrow_mut();
            let len = items.len() as i64;
            let start = r.start.clamp(0, len);
            let stop = r.stop.max(start).min(len);
            let old: Vec<Value> = items.splice(start as usize..stop as usize, new).collect();
            drop(items);
            drop(old);
            return Ok(Value::None);
        }
        let new = assigned_items(vm, &a[0], &a[2], "must assign iterable to extended slice")?;
        if new.len() != r.len {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                r.len
            )));
        }
        let mut items = l.borrow_mut();
        let mut old = Vec::with_capacity(new.len());
        for (pos, v) in r.positions().zip(new) {
            if let Some(slot) = items.get_mut(pos) {
                old.push(std::mem::replace(slot, v));
            }
        }
        drop(items);
        drop(old);
        return Ok(Value::None);
    }
    let i = index_integer(vm, &a[1], "list")?;
    let mut items = l.borrow_mut();
    let i = adjust_index(vm, i, items.len(), "list assignment index out of range")?;
    let old = items
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[2].clone()));
    drop(items);
    drop(old);
    Ok(Value::None)
}

fn list_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__delitem__")?;
    let a = method_args(vm, &args, "list", "__delitem__", 1, 1)?;
    if let Some(s) = as_slice(&a[1]) {
        let bounds = unpack_slice(vm, s)?;
        let removed: Vec<Value> = {
            let mut items = l.borrow_mut();
            let r = bounds.adjust(items.len());
            let mut remove: Vec<usize> = r.positions().collect();
            remove.sort_unstable();
            let mut keep = Vec::with_capacity(items.len().saturating_sub(remove.len()));
            let mut gone = Vec::with_capacity(remove.len());
            let mut k = 0;
            for (i, v) in items.drain(..).enumerate() {
                if remove.get(k) == Some(&i) {
                    k += 1;
                    gone.push(v);
                } else {
                    keep.push(v);
                }
            }
            *items = keep;
            gone
        };
        drop(removed);
        return Ok(Value::None);
    }
    let i = index_integer(vm, &a[1], "list")?;
    let removed = {
        let mut items = l.borrow_mut();
        let i = adjust_index(vm, i, items.len(), "list assignment index out of range")?;
        items.remove(i)
    };
    drop(removed);
    Ok(Value::None)
}

fn list_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__contains__")?;
    let a = method_args(vm, &args, "list", "__contains__", 1, 1)?;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(Value::Bool(false)),
        };
        if vm.eq(&item, &a[1])? {
            return Ok(Value::Bool(true));
        }
        i += 1;
    }
}

fn list_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    let seq = args.values[0].clone();
    Ok(new_iterator(
        vm,
        &vm.types.list_iterator,
        BuiltinIterator::List { seq, index: 0 },
    ))
}

fn list_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__reversed__")?;
    let index = l.borrow().len();
    let seq = args.values[0].clone();
    Ok(new_iterator(
        vm,
        &vm.types.list_reverseiterator,
        BuiltinIterator::ListReverse { seq, index },
    ))
}

fn list_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__repr__")?;
    let items = l.borrow().clone();
    Ok(vm.new_str(seq_repr(vm, args.values[0].identity(), &items, "[", "]")?))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let l = this(vm, &args, op.dunder().name())?;
    let a = method_args(vm, &args, "list", op.dunder().name(), 1, 1)?;
    let Some(other) = list_cell(&a[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (l.borrow().clone(), other.borrow().clone());
    Ok(Value::Bool(seq_compare(vm, &x, &y, op)?))
}

crate::types::compare_methods! {
    compare;
    list_eq, Eq; list_ne, Ne; list_lt, Lt; list_le, Le; list_gt, Gt; list_ge, Ge;
}

fn list_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__add__")?;
    let a = method_args(vm, &args, "list", "__add__", 1, 1)?;
    let Some(other) = list_cell(&a[1]) else {
        if let Some(r) = reflected_answer(vm, &a[0], &a[1], Dunder::RAdd)? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name_of(&a[1])
        )));
    };
    let total = l.borrow().len().saturating_add(other.borrow().len());
    vm.reserve_memory(total.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = l.borrow().clone();
    out.extend(other.borrow().iter().cloned());
    Ok(vm.new_list(out))
}

fn list_iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__iadd__")?;
    let a = method_args(vm, &args, "list", "__iadd__", 1, 1)?;
    extend_from(vm, l, &a[1])?;
    Ok(a[0].clone())
}

/// Appends the items of `iterable` to `list` as CPython's `list.extend`
/// does: an exact list or tuple (the list itself included) is copied at
/// once, anything else is appended item by item, so an iterator reading the
/// list sees the items added so far.
fn extend_from(vm: &Vm, list: &RefCell<Vec<Value>>, iterable: &Value) -> PyResult<()> {
    if let Value::Obj(o) = iterable {
        if crate::types::dict::is_builtin(o)
            && matches!(o.payload, Payload::List(_) | Payload::Tuple(_))
        {
            let items = vm.collect(iterable)?;
            let total = list.borrow().len().saturating_add(items.len());
            vm.reserve_memory(total.saturating_mul(std::mem::size_of::<Value>()))?;
            list.borrow_mut().extend(items);
            return Ok(());
        }
    }
    let it = vm.iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        let mut items = list.borrow_mut();
        let len = items.len();
        if len == items.capacity() {
            let grown = len.saturating_add(len.max(8));
            vm.reserve_memory(grown.saturating_mul(std::mem::size_of::<Value>()))?;
            items
                .try_reserve(len.max(8))
                .map_err(|_| vm.memory_error())?;
        }
        items.push(item);
    }
    Ok(())
}

/// A repeat count for `seq * n`, with CPython's errors.
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    let has_index = matches!(n, Value::Int(_) | Value::Bool(_))
        || vm
            .class_of(n)
            .as_type()
            .and_then(|t| t.dunder(crate::dunder::Dunder::Index))
            .is_some();
    if !has_index {
        return Ok(None);
    }
    let count = match vm.index_value(n) {
        Ok(c) => c,
        Err(_) => {
            return Err(
                vm.overflow_error("cannot fit 'int' into an index-sized integer".to_string())
            )
        }
    };
    Ok(Some(count.max(0) as usize))
}

fn list_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__", true)
}

fn list_rmul(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__", false)
}

/// `list * n`; `forward` lets the other operand's `__rmul__` answer a
/// non-int first.
fn repeat(vm: &Vm, args: Args, name: &str, forward: bool) -> PyResult<Value> {
    let l = this(vm, &args, name)?;
    let a = method_args(vm, &args, "list", name, 1, 1)?;
    let Some(n) = repeat_count(vm, &a[1])? else {
        if forward {
            if let Some(r) = reflected_answer(vm, &a[0], &a[1], Dunder::RMul)? {
                return Ok(r);
            }
        }
        return Err(cant_multiply(vm, &a[1]));
    };
    let items = l.borrow();
    let total = items
        .len()
        .checked_mul(n)
        .filter(|t| *t < 1 << 40)
        .ok_or_else(|| vm.memory_error())?;
    vm.reserve_memory(total.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(vm.new_list(out))
}

fn list_imul(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__imul__")?;
    let a = method_args(vm, &args, "list", "__imul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &a[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = l.borrow().clone();
    let total = items
        .len()
        .checked_mul(n)
        .filter(|t| *t < 1 << 40)
        .ok_or_else(|| vm.memory_error())?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    *l.borrow_mut() = out;
    Ok(a[0].clone())
}

fn list_append(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    let a = method_args(vm, &args, "list", "append", 1, 1)?;
    push_counted(vm, l, a[1].clone())?;
    Ok(Value::None)
}

/// Appends to a list's items, checking the memory ceiling first when the
/// storage has to grow.
#[inline]
pub fn push_counted(vm: &Vm, list: &RefCell<Vec<Value>>, v: Value) -> PyResult<()> {
    let mut items = list.borrow_mut();
    if items.len() == items.capacity() {
        vm.reserve_memory(items.len().max(4) * std::mem::size_of::<Value>())?;
    }
    items.push(v);
    Ok(())
}

fn list_extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    let a = method_args(vm, &args, "list", "extend", 1, 1)?;
    extend_from(vm, l, &a[1])?;
    Ok(Value::None)
}

fn list_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    let a = method_args(vm, &args, "list", "pop", 0, 1)?;
    let index = match a.get(1) {
        Some(i) => Some(vm.index_value(i).map_err(|e| {
            if vm.err_matches(&e, &vm.exc.index_error) {
                vm.overflow_error("Python int too large to convert to C ssize_t".into())
            } else {
                e
            }
        })?),
        None => None,
    };
    let mut items = l.borrow_mut();
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list".into()));
    }
    let len = items.len() as i64;
    let i = index.unwrap_or(-1);
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range".into()));
    }
    Ok(items.remove(i as usize))
}

fn list_insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    let a = method_args(vm, &args, "list", "insert", 2, 2)?;
    let i = vm.index_value(&a[1])?;
    let mut items = l.borrow_mut();
    let len = items.len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(pos as usize, a[2].clone());
    Ok(Value::None)
}

/// The position of the first item equal to `x` at or after `start`.
fn find(
    vm: &Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    let a = method_args(vm, &args, "list", "remove", 1, 1)?;
    match find(vm, l, &a[1], 0, usize::MAX)? {
        Some(i) => {
            let removed = {
                let mut items = l.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list".into())),
    }
}

/// Clamps an optional start/stop argument like a slice bound.
pub fn clamp_bound(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let has_index = matches!(v, Value::Int(_) | Value::Bool(_))
                || vm
                    .class_of(v)
                    .as_type()
                    .and_then(|t| t.dunder(Dunder::Index))
                    .is_some();
            if !has_index {
                return Err(vm.type_error(
                    "slice indices must be integers or have an __index__ method".into(),
                ));
            }
            let i = match vm.index_object(v)? {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                big => {
                    let negative = crate::types::int::as_bigint(&big)
                        .is_some_and(|b| num_traits::Signed::is_negative(b.as_ref()));
                    if negative {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
            };
            let len = len as i64;
            Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
        }
    }
}

fn list_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "index")?;
    let a = method_args(vm, &args, "list", "index", 1, 3)?;
    let len = l.borrow().len();
    let start = clamp_bound(vm, a.get(2), len, 0)?;
    let stop = clamp_bound(vm, a.get(3), len, len)?;
    match find(vm, l, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", vm.repr_string(&a[1])?))),
    }
}

fn list_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "count")?;
    let a = method_args(vm, &args, "list", "count", 1, 1)?;
    let items = l.borrow().clone();
    let mut n = 0;
    for item in &items {
        if vm.eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    method_args(vm, &args, "list", "clear", 0, 0)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    method_args(vm, &args, "list", "copy", 0, 0)?;
    let items = l.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    method_args(vm, &args, "list", "reverse", 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "sort")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments".into()));
    }
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    for (name, _) in rest.keywords() {
        if name != "key" && name != "reverse" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for sort()"
            )));
        }
    }
    let [key, reverse] = rest.bind(vm, "sort", ["key", "reverse"], 0)?;
    let reverse = match reverse {
        Some(r) => vm.index_value(&r)? != 0,
        None => false,
    };
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = (|| {
        let keys = match key.filter(|k| !k.is_none()) {
            Some(k) => {
                let mut keys = Vec::with_capacity(items.len());
                for item in &items {
                    keys.push(vm.call(&k, Args::positional(std::slice::from_ref(item)))?);
                }
                Some(keys)
            }
            None => None,
        };
        merge_sort(vm, &mut items, keys, reverse)
    })();
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort".into()));
    }
    Ok(Value::None)
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", list_new),
    MethodDef::method("__init__", list_init),
    MethodDef::method("__len__", list_len),
    MethodDef::method("__getitem__", list_getitem),
    MethodDef::method("__setitem__", list_setitem),
    MethodDef::method("__delitem__", list_delitem),
    MethodDef::method("__contains__", list_contains),
    MethodDef::method("__iter__", list_iter),
    MethodDef::method("__reversed__", list_reversed),
    MethodDef::method("__repr__", list_repr),
    MethodDef::method("__eq__", list_eq),
    MethodDef::method("__ne__", list_ne),
    MethodDef::method("__lt__", list_lt),
    MethodDef::method("__le__", list_le),
    MethodDef::method("__gt__", list_gt),
    MethodDef::method("__ge__", list_ge),
    MethodDef::method("__add__", list_add),
    MethodDef::method("__iadd__", list_iadd),
    MethodDef::method("__mul__", list_mul),
    MethodDef::method("__rmul__", list_rmul),
    MethodDef::method("__imul__", list_imul),
    MethodDef::method("append", list_append),
    MethodDef::method("extend", list_extend),
    MethodDef::method("pop", list_pop),
    MethodDef::method("insert", list_insert),
    MethodDef::method("remove", list_remove),
    MethodDef::method("index", list_index),
    MethodDef::method("count", list_count),
    MethodDef::method("clear", list_clear),
    MethodDef::method("copy", list_copy),
    MethodDef::method("reverse", list_reverse),
    MethodDef::method("sort", list_sort),
];
