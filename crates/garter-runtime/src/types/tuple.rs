//! `tuple`: an immutable sequence, hashable when its items are, with
//! CPython's tuple hash.

use crate::args::Args;
use crate::dunder::CompareOp;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::list::{clamp_bound, repeat_count};
use crate::types::sequence::{cant_multiply, method_args, reflected_answer, seq_compare, seq_repr};
use crate::types::slice::{as_slice, seq_index, slice_indices};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// The items of a tuple value.
pub fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.values.first().and_then(tuple_items).ok_or_else(|| {
        crate::types::sequence::wrong_receiver(
            vm,
            "tuple",
            name,
            args.values.first(),
            &["__getnewargs__"],
        )
    })
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "tuple")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let cls = crate::types::sequence::new_class_arg(vm, &args, "tuple", &vm.types.tuple)?;
    let exact_cls = std::rc::Rc::ptr_eq(&cls, &vm.types.tuple);
    let items = match pos.get(1) {
        Some(it) => {
            let exact_tuple = tuple_items(it).is_some()
                && it.as_obj().is_some_and(crate::types::dict::is_builtin);
            if exact_tuple && exact_cls {
                return Ok(it.clone());
            }
            vm.collect(it)?
        }
        None => Vec::new(),
    };
    if exact_cls {
        Ok(vm.new_tuple(items))
    } else {
        Ok(vm.new_object(cls, Payload::Tuple(items.into_boxed_slice())))
    }
}

fn tuple_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn tuple_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__getitem__")?;
    let a = method_args(vm, &args, "tuple", "__getitem__", 1, 1)?;
    if let Some(s) = as_slice(&a[1]) {
        let r = slice_indices(vm, s, items.len())?;
        if r.step == 1
            && r.len == items.len()
            && crate::types::dict::is_builtin(a[0].as_obj().unwrap_or(&vm.types.tuple))
        {
            return Ok(a[0].clone());
        }
        return Ok(vm.new_tuple(
            r.positions()
                .filter_map(|i| items.get(i).cloned())
                .collect(),
        ));
    }
    let i = seq_index(vm, &a[1], items.len(), "tuple")?;
    Ok(items[i].clone())
}

fn tuple_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__contains__")?;
    let a = method_args(vm, &args, "tuple", "__contains__", 1, 1)?;
    for item in items {
        if vm.eq(item, &a[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    let seq = args.values[0].clone();
    Ok(new_iterator(
        vm,
        &vm.types.tuple_iterator,
        BuiltinIterator::Tuple { seq, index: 0 },
    ))
}

fn tuple_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__repr__")?;
    let id = args.values[0].identity();
    if vm.repr_active.borrow().contains(&id) {
        return Ok(vm.new_str("(...)".into()));
    }
    if items.len() == 1 {
        return Ok(vm.new_str(seq_repr(vm, id, items, "(", ",)")?));
    }
    Ok(vm.new_str(seq_repr(vm, id, items, "(", ")")?))
}

/// CPython's tuple hash (xxHash-based) over the items' hashes.
pub fn tuple_hash(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    let hashes = items
        .iter()
        .map(|v| vm.hash(v))
        .collect::<PyResult<Vec<i64>>>()?;
    Ok(crate::number::hash::hash_tuple(&hashes))
}

fn tuple_hash_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__hash__")?;
    let _guard = vm.enter("")?;
    Ok(Value::Int(tuple_hash(vm, items)?))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let x = this(vm, &args, op.dunder().name())?;
    let a = method_args(vm, &args, "tuple", op.dunder().name(), 1, 1)?;
    let Some(y) = tuple_items(&a[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::Bool(seq_compare(vm, x, y, op)?))
}

crate::types::compare_methods! {
    compare;
    tuple_eq, Eq; tuple_ne, Ne; tuple_lt, Lt; tuple_le, Le; tuple_gt, Gt; tuple_ge, Ge;
}

fn tuple_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = this(vm, &args, "__add__")?;
    let a = method_args(vm, &args, "tuple", "__add__", 1, 1)?;
    let Some(y) = tuple_items(&a[1]) else {
        if let Some(r) = reflected_answer(vm, &a[0], &a[1], Dunder::RAdd)? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name_of(&a[1])
        )));
    };
    let total = x.len().saturating_add(y.len());
    vm.reserve_memory(total.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = x.to_vec();
    out.extend(y.iter().cloned());
    Ok(vm.new_tuple(out))
}

fn tuple_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__", true)
}

fn tuple_rmul(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__", false)
}

/// `tuple * n`; `forward` lets the other operand's `__rmul__` answer a
/// non-int first.
fn repeat(vm: &Vm, args: Args, name: &str, forward: bool) -> PyResult<Value> {
    let x = this(vm, &args, name)?;
    let a = method_args(vm, &args, "tuple", name, 1, 1)?;
    let Some(n) = repeat_count(vm, &a[1])? else {
        if forward {
            if let Some(r) = reflected_answer(vm, &a[0], &a[1], Dunder::RMul)? {
                return Ok(r);
            }
        }
        return Err(cant_multiply(vm, &a[1]));
    };
    if (n == 1 || x.is_empty()) && a[0].as_obj().is_some_and(crate::types::dict::is_builtin) {
        return Ok(a[0].clone());
    }
    let total = x
        .len()
        .checked_mul(n)
        .filter(|t| *t < 1 << 40)
        .ok_or_else(|| vm.memory_error())?;
    vm.reserve_memory(total.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    for _ in 0..n {
        out.extend(x.iter().cloned());
    }
    Ok(vm.new_tuple(out))
}

fn tuple_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "index")?;
    let a = method_args(vm, &args, "tuple", "index", 1, 3)?;
    let start = clamp_bound(vm, a.get(2), items.len(), 0)?;
    let stop = clamp_bound(vm, a.get(3), items.len(), items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple".into()))
}

fn tuple_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "count")?;
    let a = method_args(vm, &args, "tuple", "count", 1, 1)?;
    let mut n = 0;
    for item in items {
        if vm.eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__getnewargs__")?;
    let inner = vm.new_tuple(items.to_vec());
    Ok(vm.new_tuple(vec![inner]))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", tuple_new),
    MethodDef::method("__len__", tuple_len),
    MethodDef::method("__getitem__", tuple_getitem),
    MethodDef::method("__contains__", tuple_contains),
    MethodDef::method("__iter__", tuple_iter),
    MethodDef::method("__repr__", tuple_repr),
    MethodDef::method("__hash__", tuple_hash_method),
    MethodDef::method("__eq__", tuple_eq),
    MethodDef::method("__ne__", tuple_ne),
    MethodDef::method("__lt__", tuple_lt),
    MethodDef::method("__le__", tuple_le),
    MethodDef::method("__gt__", tuple_gt),
    MethodDef::method("__ge__", tuple_ge),
    MethodDef::method("__add__", tuple_add),
    MethodDef::method("__mul__", tuple_mul),
    MethodDef::method("__rmul__", tuple_rmul),
    MethodDef::method("index", tuple_index),
    MethodDef::method("count", tuple_count),
    MethodDef::method("__getnewargs__", tuple_getnewargs),
];
