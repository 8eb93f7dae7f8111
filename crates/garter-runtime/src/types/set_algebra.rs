//! Set algebra for `set` and `frozenset`: union, intersection, difference
//! and symmetric difference (methods, operators and `*_update` forms),
//! subset tests and comparisons.
//!
//! Each operand is classified as CPython's `setobject.c` does: another set
//! or frozenset, an exact dict (whose keys come with their stored hashes),
//! or any other iterable (pulled and hashed one item at a time). Results
//! are of the receiver's base type (`set` or `frozenset`), never of a
//! subclass.

use std::cell::RefCell;

use crate::args::Args;
use crate::dunder::CompareOp;
use crate::error::PyResult;
use crate::table::set_iterable_ops as items_ops;
use crate::table::set_ops;
use crate::table::set_table::SetTable;
use crate::types::dict::{dict_table, lookup};
use crate::types::set::{
    exact_dict_keys, hashed_items, method_args, owner_name, receiver, set_data, set_table,
    table_from_iterable, wrap_table, SetData,
};
use crate::value::Value;
use crate::Vm;

type Table = RefCell<SetTable<Value>>;

/// How CPython treats the other operand of a set operation.
enum Operand<'a> {
    Set(&'a Table),
    /// An exact dict: its keys with their stored hashes, in dict order.
    Dict(Vec<(i64, Value)>),
    /// Any other iterable, as an iterator.
    Items(Value),
}

fn operand<'a>(vm: &Vm, v: &'a Value) -> PyResult<Operand<'a>> {
    if let Some(t) = set_table(v) {
        return Ok(Operand::Set(t));
    }
    if let Some(keys) = exact_dict_keys(v) {
        return Ok(Operand::Dict(keys));
    }
    Ok(Operand::Items(vm.iter(v)?))
}

/// `target.update(other)` (CPython's `set_update_internal`).
pub fn update_with(vm: &Vm, target: &Table, other: &Value) -> PyResult<()> {
    let mut eq = |a: &Value, b: &Value| vm.eq(a, b);
    match operand(vm, other)? {
        Operand::Set(t) => set_ops::update(target, t, &mut eq),
        Operand::Dict(keys) => {
            let n = keys.len();
            items_ops::update_from_dict_keys(target, n, keys.into_iter().map(Ok), &mut eq)
        }
        Operand::Items(it) => items_ops::update_from_items(target, hashed_items(vm, it), &mut eq),
    }
}

fn intersection(vm: &Vm, a: &Table, other: &Value) -> PyResult<SetTable<Value>> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match set_table(other) {
        Some(t) => set_ops::intersection(a, t, &mut eq),
        None => {
            let it = vm.iter(other)?;
            items_ops::intersection_with_items(a, hashed_items(vm, it), &mut eq)
        }
    }
}

fn difference(vm: &Vm, a: &Table, other: &Value) -> PyResult<SetTable<Value>> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    if let Some(t) = set_table(other) {
        return set_ops::difference(a, t, &mut eq);
    }
    if let (Some(keys), Some(d)) = (exact_dict_keys(other), dict_table(other)) {
        let n = keys.len();
        let rehashed = || {
            keys.iter()
                .map(|(_, k)| vm.hash(k).map(|h| (h, k.clone())))
                .collect::<Vec<_>>()
        };
        let in_dict = |h: i64, k: &Value| lookup(vm, d, h, k).map(|p| p.is_some());
        return items_ops::difference_with_dict(a, n, rehashed, in_dict, &mut eq);
    }
    let it = vm.iter(other)?;
    items_ops::difference_with_items(a, hashed_items(vm, it), &mut eq)
}

fn difference_update(vm: &Vm, a: &Table, other: &Value) -> PyResult<()> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match set_table(other) {
        Some(t) => set_ops::difference_update(a, t, &mut eq),
        None => {
            let it = vm.iter(other)?;
            items_ops::difference_update_with_items(a, hashed_items(vm, it), &mut eq)
        }
    }
}

fn symmetric_difference(vm: &Vm, a: &Table, other: &Value) -> PyResult<SetTable<Value>> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match operand(vm, other)? {
        Operand::Set(t) => set_ops::symmetric_difference(a, t, &mut eq),
        Operand::Dict(keys) => {
            let n = keys.len();
            items_ops::symmetric_difference_with_dict_keys(a, n, keys.into_iter().map(Ok), &mut eq)
        }
        Operand::Items(it) => {
            items_ops::symmetric_difference_with_items(a, hashed_items(vm, it), &mut eq)
        }
    }
}

fn symmetric_difference_update(vm: &Vm, a: &Table, other: &Value) -> PyResult<()> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match operand(vm, other)? {
        Operand::Set(t) => set_ops::symmetric_difference_update(a, t, &mut eq),
        Operand::Dict(keys) => items_ops::symmetric_difference_update_with_dict_keys(
            a,
            keys.into_iter().map(Ok),
            &mut eq,
        ),
        Operand::Items(it) => {
            items_ops::symmetric_difference_update_with_items(a, hashed_items(vm, it), &mut eq)
        }
    }
}

fn is_subset(vm: &Vm, a: &Table, other: &Value) -> PyResult<bool> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match set_table(other) {
        Some(t) => set_ops::is_subset(a, t, &mut eq),
        None => {
            let other = RefCell::new(table_from_iterable(vm, other)?);
            set_ops::is_subset(a, &other, &mut eq)
        }
    }
}

fn is_superset(vm: &Vm, a: &Table, other: &Value) -> PyResult<bool> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match set_table(other) {
        Some(t) => set_ops::is_subset(t, a, &mut eq),
        None => {
            let it = vm.iter(other)?;
            items_ops::is_superset_of_items(a, hashed_items(vm, it), &mut eq)
        }
    }
}

fn is_disjoint(vm: &Vm, a: &Table, other: &Value) -> PyResult<bool> {
    let mut eq = |x: &Value, y: &Value| vm.eq(x, y);
    match set_table(other) {
        Some(t) => set_ops::is_disjoint(a, t, &mut eq),
        None => {
            let it = vm.iter(other)?;
            items_ops::is_disjoint_from_items(a, hashed_items(vm, it), &mut eq)
        }
    }
}

/// The receiver and the positional arguments after it of a method taking
/// any number of iterables (`union(*others)`).
fn varargs<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a SetData, &'a [Value])> {
    let data = receiver(vm, args, name)?;
    if args.has_keywords() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            owner_name(data)
        )));
    }
    Ok((data, &args.pos()[1..]))
}

fn mutable_varargs<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Table, &'a [Value])> {
    let (data, rest) = varargs(vm, args, name)?;
    if data.frozen {
        return Err(not_for_frozenset(vm, name, &args.values[0]));
    }
    Ok((&data.table, rest))
}

fn not_for_frozenset(vm: &Vm, name: &str, v: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
        vm.type_name_of(v)
    ))
}

pub(crate) fn union_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, others) = varargs(vm, &args, "union")?;
    let result = RefCell::new(set_ops::copy(&data.table));
    for other in others {
        update_with(vm, &result, other)?;
    }
    Ok(wrap_table(vm, data.frozen, result.into_inner()))
}

fn intersection_multi(vm: &Vm, data: &SetData, others: &[Value]) -> PyResult<SetTable<Value>> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(set_ops::copy(&data.table));
    };
    let mut result = intersection(vm, &data.table, first)?;
    for other in rest {
        let cell = RefCell::new(result);
        result = intersection(vm, &cell, other)?;
    }
    Ok(result)
}

pub(crate) fn intersection_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, others) = varargs(vm, &args, "intersection")?;
    let result = intersection_multi(vm, data, others)?;
    Ok(wrap_table(vm, data.frozen, result))
}

pub(crate) fn intersection_update_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, others) = mutable_varargs(vm, &args, "intersection_update")?;
    let data = receiver(vm, &args, "intersection_update")?;
    let result = intersection_multi(vm, data, others)?;
    table.borrow_mut().replace_contents(result);
    Ok(Value::None)
}

pub(crate) fn difference_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, others) = varargs(vm, &args, "difference")?;
    let Some((first, rest)) = others.split_first() else {
        return Ok(wrap_table(vm, data.frozen, set_ops::copy(&data.table)));
    };
    let result = RefCell::new(difference(vm, &data.table, first)?);
    for other in rest {
        difference_update(vm, &result, other)?;
    }
    Ok(wrap_table(vm, data.frozen, result.into_inner()))
}

pub(crate) fn difference_update_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, others) = mutable_varargs(vm, &args, "difference_update")?;
    for other in others {
        difference_update(vm, table, other)?;
    }
    Ok(Value::None)
}

pub(crate) fn update_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, others) = mutable_varargs(vm, &args, "update")?;
    for other in others {
        update_with(vm, table, other)?;
    }
    Ok(Value::None)
}

pub(crate) fn symmetric_difference_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "symmetric_difference", 1)?;
    let result = symmetric_difference(vm, &data.table, &a[1])?;
    Ok(wrap_table(vm, data.frozen, result))
}

pub(crate) fn symmetric_difference_update_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "symmetric_difference_update", 1)?;
    if data.frozen {
        return Err(not_for_frozenset(vm, "symmetric_difference_update", &a[0]));
    }
    symmetric_difference_update(vm, &data.table, &a[1])?;
    Ok(Value::None)
}

pub(crate) fn issubset_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "issubset", 1)?;
    Ok(Value::Bool(is_subset(vm, &data.table, &a[1])?))
}

pub(crate) fn issuperset_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "issuperset", 1)?;
    Ok(Value::Bool(is_superset(vm, &data.table, &a[1])?))
}

pub(crate) fn isdisjoint_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "isdisjoint", 1)?;
    Ok(Value::Bool(is_disjoint(vm, &data.table, &a[1])?))
}

/// The binary operators, applied to `left` and `right` in that order.
#[derive(Clone, Copy)]
enum SetOp {
    Or,
    And,
    Sub,
    Xor,
}

fn binary(vm: &Vm, left: &Value, right: &Value, op: SetOp) -> PyResult<Value> {
    let (Some(l), Some(_)) = (set_data(left), set_data(right)) else {
        return Ok(vm.not_implemented.clone());
    };
    let table = match op {
        SetOp::Or => {
            let result = RefCell::new(set_ops::copy(&l.table));
            update_with(vm, &result, right)?;
            result.into_inner()
        }
        SetOp::And => intersection(vm, &l.table, right)?,
        SetOp::Sub => difference(vm, &l.table, right)?,
        SetOp::Xor => symmetric_difference(vm, &l.table, right)?,
    };
    Ok(wrap_table(vm, l.frozen, table))
}

fn operator(vm: &Vm, args: Args, name: &str, op: SetOp, reflected: bool) -> PyResult<Value> {
    let (_, a) = method_args(vm, &args, name, 1)?;
    if reflected {
        binary(vm, &a[1], &a[0], op)
    } else {
        binary(vm, &a[0], &a[1], op)
    }
}

fn inplace(vm: &Vm, args: Args, name: &str, op: SetOp) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, name, 1)?;
    if data.frozen {
        return Err(not_for_frozenset(vm, name, &a[0]));
    }
    if set_data(&a[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let table = &data.table;
    match op {
        SetOp::Or => update_with(vm, table, &a[1])?,
        SetOp::And => {
            let result = intersection(vm, table, &a[1])?;
            table.borrow_mut().replace_contents(result);
        }
        SetOp::Sub => difference_update(vm, table, &a[1])?,
        SetOp::Xor => symmetric_difference_update(vm, table, &a[1])?,
    }
    Ok(a[0].clone())
}

macro_rules! set_operators {
    ($($name:ident, $dunder:literal, $op:ident, $kind:ident;)*) => {
        $(pub(crate) fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            set_operators!(@call vm, args, $dunder, $op, $kind)
        })*
    };
    (@call $vm:ident, $args:ident, $dunder:literal, $op:ident, forward) => {
        operator($vm, $args, $dunder, SetOp::$op, false)
    };
    (@call $vm:ident, $args:ident, $dunder:literal, $op:ident, reflected) => {
        operator($vm, $args, $dunder, SetOp::$op, true)
    };
    (@call $vm:ident, $args:ident, $dunder:literal, $op:ident, inplace) => {
        inplace($vm, $args, $dunder, SetOp::$op)
    };
}

set_operators! {
    set_or, "__or__", Or, forward;
    set_and, "__and__", And, forward;
    set_sub, "__sub__", Sub, forward;
    set_xor, "__xor__", Xor, forward;
    set_ror, "__ror__", Or, reflected;
    set_rand, "__rand__", And, reflected;
    set_rsub, "__rsub__", Sub, reflected;
    set_rxor, "__rxor__", Xor, reflected;
    set_ior, "__ior__", Or, inplace;
    set_iand, "__iand__", And, inplace;
    set_isub, "__isub__", Sub, inplace;
    set_ixor, "__ixor__", Xor, inplace;
}

/// `a op b` for two sets or frozensets (`None`: not both sets).
pub fn compare_sets(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (set_table(a), set_table(b)) else {
        return Ok(None);
    };
    let (lx, ly) = (x.borrow().len(), y.borrow().len());
    let mut eq = |p: &Value, q: &Value| vm.eq(p, q);
    let r = match op {
        CompareOp::Eq => lx == ly && set_ops::is_subset(x, y, &mut eq)?,
        CompareOp::Ne => !(lx == ly && set_ops::is_subset(x, y, &mut eq)?),
        CompareOp::Le => set_ops::is_subset(x, y, &mut eq)?,
        CompareOp::Lt => lx < ly && set_ops::is_subset(x, y, &mut eq)?,
        CompareOp::Ge => set_ops::is_subset(y, x, &mut eq)?,
        CompareOp::Gt => lx > ly && set_ops::is_subset(y, x, &mut eq)?,
    };
    Ok(Some(r))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (_, a) = method_args(vm, &args, op.dunder().name(), 1)?;
    Ok(compare_sets(vm, &a[0], &a[1], op)?.map_or_else(|| vm.not_implemented.clone(), Value::Bool))
}

crate::types::compare_methods! {
    pub(crate) compare;
    set_eq, Eq; set_ne, Ne; set_lt, Lt; set_le, Le; set_gt, Gt; set_ge, Ge;
}
