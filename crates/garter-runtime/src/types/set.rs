//! `set` and `frozenset`: the object side of CPython's set table
//! (`crate::table::set_table`), so that iteration order, `pop` order and
//! the frozenset hash are CPython's.
//!
//! Both types carry a `Payload::Set`; `frozen` tells them apart. This file
//! holds construction (including [`new_set`] and [`set_add`], which the
//! evaluator uses for set displays and comprehensions), element access,
//! `repr`, hashing and iteration. The set algebra (union, comparisons,
//! the operators and `*_update` methods) is in `set_algebra.rs`, the two
//! types' method tables in `set_tables.rs`.

use std::cell::RefCell;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::table::set_ops;
use crate::table::set_table::{SetTable, TableKey};
use crate::types::dict::{dict_table, is_builtin};
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::sequence::new_class_arg;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The data of a set or frozenset object.
pub struct SetData {
    pub table: RefCell<SetTable<Value>>,
    /// A frozenset (or frozenset subclass instance).
    pub frozen: bool,
}

impl TableKey for Value {
    fn is_same(&self, other: &Value) -> bool {
        self.is(other)
    }
}

/// The set data of a set or frozenset value.
pub fn set_data(v: &Value) -> Option<&SetData> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(s),
        _ => None,
    }
}

/// The table of a set or frozenset value.
pub fn set_table(v: &Value) -> Option<&RefCell<SetTable<Value>>> {
    set_data(v).map(|s| &s.table)
}

/// A new exact `set` or `frozenset` holding `table`.
pub fn wrap_table(vm: &Vm, frozen: bool, table: SetTable<Value>) -> Value {
    let cls = if frozen {
        &vm.types.frozenset
    } else {
        &vm.types.set
    };
    new_with_class(cls.clone(), vm, frozen, table)
}

fn new_with_class(cls: ObjRef, vm: &Vm, frozen: bool, table: SetTable<Value>) -> Value {
    vm.new_object(
        cls,
        Payload::Set(SetData {
            table: RefCell::new(table),
            frozen,
        }),
    )
}

/// `{a, b, ...}`: a new set, adding the items in order.
pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = wrap_table(vm, false, SetTable::new());
    for item in items {
        set_add(vm, &s, item)?;
    }
    Ok(s)
}

/// The frozenset constant CPython's compiler makes of a set display of
/// three or more constants (`{1, 2, 3}`): built by adding the items in
/// source order, then rebuilt from its own iteration order (constant
/// merging). `for x in {1, 2, 3}` and `x in {1, 2, 3}` use it directly.
pub fn folded_constant(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let first = new_set(vm, items)?;
    let order: Vec<Value> = match set_table(&first) {
        Some(t) => t.borrow().iter().map(|(_, k)| k.clone()).collect(),
        None => Vec::new(),
    };
    let rebuilt = new_set(vm, order)?;
    let table = set_table(&rebuilt).map(set_ops::copy).unwrap_or_default();
    Ok(wrap_table(vm, true, table))
}

/// A set display of three or more constants (`{1, 2, 3}`): a new empty
/// set updated with the [`folded_constant`], as CPython 3.11 runs it. The
/// iteration order can differ from adding the items one by one.
pub fn new_set_from_constants(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let constant = folded_constant(vm, items)?;
    let s = wrap_table(vm, false, SetTable::new());
    if let (Some(target), Some(source)) = (set_table(&s), set_table(&constant)) {
        set_ops::update(target, source, &mut |a: &Value, b: &Value| vm.eq(a, b))?;
    }
    Ok(s)
}

/// `s.add(item)` for a set (used by set comprehensions too).
pub fn set_add(vm: &Vm, set: &Value, item: Value) -> PyResult<()> {
    let Some(table) = set_table(set) else {
        return Err(vm.type_error(format!(
            "descriptor 'add' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name_of(set)
        )));
    };
    let hash = vm.hash(&item)?;
    set_ops::add(table, hash, item, &mut |a: &Value, b: &Value| vm.eq(a, b))?;
    Ok(())
}

/// The items of an iterator, hashed one at a time as they are pulled.
pub fn hashed_items<'a>(
    vm: &'a Vm,
    iterator: Value,
) -> impl Iterator<Item = PyResult<(i64, Value)>> + 'a {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let item = match vm.next(&iterator) {
            Ok(Some(v)) => vm.hash(&v).map(|h| (h, v)),
            Ok(None) => {
                done = true;
                return None;
            }
            Err(e) => Err(e),
        };
        done = item.is_err();
        Some(item)
    })
}

/// The keys of an exact dict with their stored hashes, when `v` is one
/// (CPython's `PyDict_CheckExact` paths).
pub fn exact_dict_keys(v: &Value) -> Option<Vec<(i64, Value)>> {
    let t = dict_table(v)?;
    if !v.as_obj().is_some_and(is_builtin) {
        return None;
    }
    let keys = t.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
    Some(keys)
}

/// A new table from any iterable (`set(iterable)`), with CPython's merge
/// for sets and its dict path for exact dicts.
pub fn table_from_iterable(vm: &Vm, v: &Value) -> PyResult<SetTable<Value>> {
    let mut eq = |a: &Value, b: &Value| vm.eq(a, b);
    if let Some(t) = set_table(v) {
        return Ok(set_ops::copy(t));
    }
    if let Some(keys) = exact_dict_keys(v) {
        let n = keys.len();
        return crate::table::set_iterable_ops::table_from_dict_keys(
            n,
            keys.into_iter().map(Ok),
            &mut eq,
        );
    }
    let it = vm.iter(v)?;
    crate::table::set_iterable_ops::table_from_items(hashed_items(vm, it), &mut eq)
}

/// Checks a method's positional count with CPython's wording for methods
/// of set objects ("set.add() takes exactly one argument (0 given)").
pub fn method_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    count: usize,
) -> PyResult<(&'a SetData, &'a [Value])> {
    let data = receiver(vm, args, name)?;
    let owner = owner_name(data);
    if args.has_keywords() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let given = pos.len() - 1;
    if given != count {
        let wanted = match count {
            0 => "takes no arguments",
            _ => "takes exactly one argument",
        };
        return Err(vm.type_error(format!("{owner}.{name}() {wanted} ({given} given)")));
    }
    Ok((data, pos))
}

/// The receiver of a set method.
pub fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a SetData> {
    let Some(first) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method set.{name}() needs an argument")));
    };
    set_data(first).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name_of(first)
        ))
    })
}

/// `set` or `frozenset`, as method names are spelt in messages.
pub fn owner_name(data: &SetData) -> &'static str {
    if data.frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// The receiver of a method only `set` has (not `frozenset`).
fn mutable_receiver<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    count: usize,
) -> PyResult<(&'a RefCell<SetTable<Value>>, &'a [Value])> {
    let (data, pos) = method_args(vm, args, name, count)?;
    if data.frozen {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name_of(&pos[0])
        )));
    }
    Ok((&data.table, pos))
}

pub(crate) fn set_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "set", &vm.types.set)?;
    if std::rc::Rc::ptr_eq(&cls, &vm.types.set) {
        args.no_keywords(vm, "set")?;
    }
    Ok(new_with_class(cls, vm, false, SetTable::new()))
}

pub(crate) fn set_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.values.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'set' object needs an argument".into()));
    };
    let table = match set_data(first) {
        Some(d) if !d.frozen => &d.table,
        _ => {
            return Err(vm.type_error(format!(
                "descriptor '__init__' requires a 'set' object but received a '{}'",
                vm.type_name_of(first)
            )))
        }
    };
    args.no_keywords(vm, "set")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            vm.type_name_of(first),
            pos.len() - 1
        )));
    }
    table.borrow_mut().clear();
    if let Some(iterable) = pos.get(1) {
        crate::types::set_algebra::update_with(vm, table, iterable)?;
    }
    Ok(Value::None)
}

pub(crate) fn frozenset_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "frozenset", &vm.types.frozenset)?;
    let exact = std::rc::Rc::ptr_eq(&cls, &vm.types.frozenset);
    let own_init = |c: &ObjRef| c.as_type().and_then(|t| t.dunder(Dunder::Init));
    let same_init = match (own_init(&cls), own_init(&vm.types.frozenset)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    if exact || same_init {
        args.no_keywords(vm, "frozenset")?;
    }
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            crate::types::type_object::type_name(&cls),
            pos.len() - 1
        )));
    }
    let table = match pos.get(1) {
        Some(it) => {
            if exact
                && set_data(it).is_some_and(|d| d.frozen)
                && it.as_obj().is_some_and(is_builtin)
            {
                return Ok(it.clone());
            }
            table_from_iterable(vm, it)?
        }
        None => SetTable::new(),
    };
    Ok(new_with_class(cls, vm, true, table))
}

pub(crate) fn set_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, _) = method_args(vm, &args, "__len__", 0)?;
    Ok(Value::Int(data.table.borrow().len() as i64))
}

/// Looks `key` up, retrying a `set` key as a frozenset when it is
/// unhashable (CPython lets `{1} in {frozenset({1})}` work).
fn with_frozen_fallback<T>(
    vm: &Vm,
    key: &Value,
    mut f: impl FnMut(i64, &Value) -> PyResult<T>,
) -> PyResult<T> {
    match vm.hash(key) {
        Ok(h) => f(h, key),
        Err(e) => {
            let Some(d) = set_data(key).filter(|d| !d.frozen) else {
                return Err(e);
            };
            if !vm.err_matches(&e, &vm.exc.type_error) {
                return Err(e);
            }
            let frozen = wrap_table(vm, true, set_ops::copy(&d.table));
            let h = vm.hash(&frozen)?;
            f(h, &frozen)
        }
    }
}

pub(crate) fn set_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "__contains__", 1)?;
    let found = with_frozen_fallback(vm, &a[1], |h, k| {
        set_ops::contains(&data.table, h, k, &mut |x: &Value, y: &Value| vm.eq(x, y))
    })?;
    Ok(Value::Bool(found))
}

pub(crate) fn set_add_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, a) = mutable_receiver(vm, &args, "add", 1)?;
    set_add(vm, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn discard_key(vm: &Vm, table: &RefCell<SetTable<Value>>, key: &Value) -> PyResult<bool> {
    let removed = with_frozen_fallback(vm, key, |h, k| {
        set_ops::discard(table, h, k, &mut |x: &Value, y: &Value| vm.eq(x, y))
    })?;
    Ok(removed.is_some())
}

pub(crate) fn set_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, a) = mutable_receiver(vm, &args, "remove", 1)?;
    if discard_key(vm, table, &a[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(a[1].clone()))
    }
}

pub(crate) fn set_discard(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, a) = mutable_receiver(vm, &args, "discard", 1)?;
    discard_key(vm, table, &a[1])?;
    Ok(Value::None)
}

pub(crate) fn set_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, _) = mutable_receiver(vm, &args, "pop", 0)?;
    let popped = table.borrow_mut().pop();
    match popped {
        Some((_, key)) => Ok(key),
        None => Err(vm.new_error(&vm.exc.key_error, "pop from an empty set".into())),
    }
}

pub(crate) fn set_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let (table, _) = mutable_receiver(vm, &args, "clear", 0)?;
    table.borrow_mut().clear();
    Ok(Value::None)
}

pub(crate) fn set_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "copy", 0)?;
    if data.frozen && a[0].as_obj().is_some_and(is_builtin) {
        return Ok(a[0].clone());
    }
    Ok(wrap_table(vm, data.frozen, set_ops::copy(&data.table)))
}

pub(crate) fn set_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "__repr__", 0)?;
    let name = vm.type_name_of(&a[0]);
    let id = a[0].identity();
    if vm.repr_active.borrow().contains(&id) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let items: Vec<Value> = data.table.borrow().iter().map(|(_, k)| k.clone()).collect();
    let plain = !data.frozen && a[0].as_obj().is_some_and(is_builtin);
    if items.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let _guard = vm.enter(" while getting the repr of an object")?;
    vm.repr_active.borrow_mut().push(id);
    let body = join_reprs(vm, &items);
    vm.repr_active.borrow_mut().retain(|x| *x != id);
    let body = body?;
    Ok(vm.new_str(if plain {
        body
    } else {
        format!("{name}({body})")
    }))
}

/// `{a, b}` from the items' reprs.
fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::from("{");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(item)?);
    }
    out.push('}');
    Ok(out)
}

pub(crate) fn frozenset_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, _) = method_args(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(data.table.borrow().frozenset_hash()))
}

pub(crate) fn set_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, a) = method_args(vm, &args, "__iter__", 0)?;
    let used = data.table.borrow().len();
    Ok(new_iterator(
        vm,
        &vm.types.set_iterator,
        BuiltinIterator::Set {
            set: a[0].clone(),
            pos: 0,
            used,
            yielded: 0,
        },
    ))
}

/// One step of a set iterator: the element at or after slot `pos`.
pub fn set_iterator_step(
    vm: &Vm,
    set: &Value,
    pos: &mut usize,
    used: &mut usize,
) -> Result<Option<Value>, PyErr> {
    let Some(table) = set_table(set) else {
        return Ok(None);
    };
    let t = table.borrow();
    if t.len() != *used {
        *used = usize::MAX;
        return Err(vm.runtime_error("Set changed size during iteration".into()));
    }
    match t.next_entry(*pos) {
        Some((slot, _, key)) => {
            *pos = slot + 1;
            Ok(Some(key.clone()))
        }
        None => Ok(None),
    }
}
