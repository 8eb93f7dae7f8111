//! The methods of `dict` (the table itself is in `dict.rs`).

use std::cell::RefCell;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::{del_item, dict_table, get_item, set_item, DictTable};
use crate::types::iterators::{new_iterator, BuiltinIterator, DictPart};
use crate::types::sequence::method_args;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<DictTable>> {
    args.values.first().and_then(dict_table).ok_or_else(|| {
        crate::types::sequence::wrong_receiver(
            vm,
            "dict",
            name,
            args.values.first(),
            &["__contains__", "__getitem__", "__reversed__"],
        )
    })
}

fn dict_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::sequence::new_class_arg(vm, &args, "dict", &vm.types.dict)?;
    Ok(vm.new_object(cls, Payload::Dict(RefCell::new(DictTable::new()))))
}

/// `d.update(other)` for a mapping (anything with `keys`) or an
/// iterable of pairs.
pub fn update_from(vm: &Vm, d: &RefCell<DictTable>, other: &Value) -> PyResult<()> {
    if let Some(src) = dict_table(other) {
        let own_iter = |v: &Value| {
            vm.class_of(v)
                .as_type()
                .and_then(|t| t.dunder(Dunder::Iter))
        };
        let dict_iter = vm.types.dict.as_type().and_then(|t| t.dunder(Dunder::Iter));
        let plain_iter = match (own_iter(other), dict_iter) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        };
        if plain_iter {
            let entries: Vec<_> = src.borrow().iter().cloned().collect();
            for e in entries {
                crate::types::dict::set_item_hashed(vm, d, e.hash, e.key, e.value)?;
            }
            return Ok(());
        }
    }
    if vm.lookup_attr(other, &vm.intern("keys"))?.is_some() {
        let keys = vm.call_method(other, "keys", &[])?;
        for k in vm.collect(&keys)? {
            let v = vm.get_item(other, &k)?;
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    let mut n = 0;
    while let Some(pair) = vm.next(&it)? {
        let items = match vm.iter(&pair) {
            Ok(inner) => vm.collect(&inner)?,
            Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        if items.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                items.len()
            )));
        }
        let mut items = items.into_iter();
        if let (Some(k), Some(v)) = (items.next(), items.next()) {
            set_item(vm, d, k, v)?;
        }
        n += 1;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?;
    dict_update_impl(vm, d, args, "dict")
}

fn dict_update_impl(vm: &Vm, d: &RefCell<DictTable>, args: Args, name: &str) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(other) = pos.get(1) {
        update_from(vm, d, other)?;
    }
    for (k, v) in args.keywords() {
        set_item(vm, d, vm.intern(k), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    dict_update_impl(vm, d, args, "update")
}

fn dict_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.borrow().len() as i64))
}

fn dict_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    let a = method_args(vm, &args, "dict", "__getitem__", 1, 1)?;
    if let Some(v) = get_item(vm, d, &a[1])? {
        return Ok(v);
    }
    if !a[0].as_obj().is_some_and(crate::types::dict::is_builtin) {
        if let Some(r) = vm.call_dunder(&a[0], Dunder::Missing, &[a[1].clone()])? {
            return Ok(r);
        }
    }
    Err(vm.key_error(a[1].clone()))
}

fn dict_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    let a = method_args(vm, &args, "dict", "__setitem__", 2, 2)?;
    set_item(vm, d, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    let a = method_args(vm, &args, "dict", "__delitem__", 1, 1)?;
    match del_item(vm, d, &a[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a[1].clone())),
    }
}

fn dict_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    let a = method_args(vm, &args, "dict", "__contains__", 1, 1)?;
    Ok(Value::Bool(get_item(vm, d, &a[1])?.is_some()))
}

fn dict_iterator(vm: &Vm, dict: &Value, part: DictPart, reverse: bool) -> PyResult<Value> {
    let Some(d) = dict_table(dict) else {
        return Err(vm.type_error("descriptor requires a 'dict' object".into()));
    };
    let t = d.borrow();
    let cls = match (part, reverse) {
        (DictPart::Keys, false) => &vm.types.dict_keyiterator,
        (DictPart::Values, false) => &vm.types.dict_valueiterator,
        (DictPart::Items, false) => &vm.types.dict_itemiterator,
        (DictPart::Keys, true) => &vm.types.dict_reversekeyiterator,
        (DictPart::Values, true) => &vm.types.dict_reversevalueiterator,
        (DictPart::Items, true) => &vm.types.dict_reverseitemiterator,
    };
    let pos = if reverse { t.storage_len() } else { 0 };
    Ok(new_iterator(
        vm,
        cls,
        BuiltinIterator::Dict {
            dict: dict.clone(),
            pos,
            len: t.len(),
            yielded: 0,
            part,
            reverse,
        },
    ))
}

fn dict_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    dict_iterator(vm, &args.values[0], DictPart::Keys, false)
}

fn dict_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__reversed__")?;
    dict_iterator(vm, &args.values[0], DictPart::Keys, true)
}

fn dict_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__repr__")?;
    let id = args.values[0].identity();
    if vm.repr_active.borrow().contains(&id) {
        return Ok(vm.new_str("{...}".into()));
    }
    let entries: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    vm.repr_active.borrow_mut().push(id);
    let result = (|| {
        let mut out = String::from("{");
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(k)?);
            out.push_str(": ");
            out.push_str(&vm.repr_string(v)?);
        }
        out.push('}');
        Ok(out)
    })();
    vm.repr_active.borrow_mut().retain(|x| *x != id);
    Ok(vm.new_str(result?))
}

fn dict_eq_values(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (dict_table(a), dict_table(b)) else {
        return Ok(None);
    };
    if x.borrow().len() != y.borrow().len() {
        return Ok(Some(false));
    }
    let entries: Vec<(Value, Value)> = x
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        match get_item(vm, y, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(Some(false));
                }
            }
            None => return Ok(Some(false)),
        }
    }
    Ok(Some(true))
}

fn dict_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__eq__", 1, 1)?;
    Ok(dict_eq_values(vm, &a[0], &a[1])?.map_or_else(|| vm.not_implemented.clone(), Value::Bool))
}

fn dict_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__ne__", 1, 1)?;
    Ok(dict_eq_values(vm, &a[0], &a[1])?
        .map_or_else(|| vm.not_implemented.clone(), |b| Value::Bool(!b)))
}

fn dict_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    let a = method_args(vm, &args, "dict", "get", 1, 2)?;
    Ok(get_item(vm, d, &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let a = method_args(vm, &args, "dict", "setdefault", 1, 2)?;
    if let Some(v) = get_item(vm, d, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    set_item(vm, d, a[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let a = method_args(vm, &args, "dict", "pop", 1, 2)?;
    match del_item(vm, d, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    method_args(vm, &args, "dict", "popitem", 0, 0)?;
    let e = d.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_error(&vm.exc.key_error, "popitem(): dictionary is empty".into())),
    }
}

fn dict_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    method_args(vm, &args, "dict", "clear", 0, 0)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    method_args(vm, &args, "dict", "copy", 0, 0)?;
    let copy = d.borrow().clone();
    Ok(vm.new_dict(copy))
}

fn dict_fromkeys(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "fromkeys", 1, 2)?;
    let value = a.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&a[0], Args::positional(&[]))?;
    let keys = vm.collect(&a[1])?;
    match dict_table(&d) {
        Some(t) if d.as_obj().is_some_and(crate::types::dict::is_builtin) => {
            for k in keys {
                set_item(vm, t, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                vm.set_item(&d, &k, value.clone())?;
            }
        }
    }
    Ok(d)
}

fn view(vm: &Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let name = match part {
        DictPart::Keys => "keys",
        DictPart::Values => "values",
        DictPart::Items => "items",
    };
    this(vm, &args, name)?;
    method_args(vm, &args, "dict", name, 0, 0)?;
    let cls = match part {
        DictPart::Keys => &vm.types.dict_keys,
        DictPart::Values => &vm.types.dict_values,
        DictPart::Items => &vm.types.dict_items,
    };
    Ok(crate::types::dict_views::new_view(
        vm,
        cls,
        args.values[0].clone(),
        part,
    ))
}

fn dict_keys(vm: &Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictPart::Keys)
}

fn dict_values(vm: &Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictPart::Values)
}

fn dict_items(vm: &Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictPart::Items)
}

fn dict_or(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__or__")?;
    let a = method_args(vm, &args, "dict", "__or__", 1, 1)?;
    merged(vm, &a[0], &a[1])
}

fn dict_ror(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__ror__")?;
    let a = method_args(vm, &args, "dict", "__ror__", 1, 1)?;
    merged(vm, &a[1], &a[0])
}

/// `left | right`: a new dict (never a subclass) with `right` merged in.
fn merged(vm: &Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (Some(l), Some(_)) = (dict_table(left), dict_table(right)) else {
        return Ok(vm.not_implemented.clone());
    };
    let copy = l.borrow().clone();
    let out = vm.new_dict(copy);
    if let Some(t) = dict_table(&out) {
        update_from(vm, t, right)?;
    }
    Ok(out)
}

fn dict_ior(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__ior__")?;
    let a = method_args(vm, &args, "dict", "__ior__", 1, 1)?;
    update_from(vm, d, &a[1])?;
    Ok(a[0].clone())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", dict_new),
    MethodDef::method("__init__", dict_init),
    MethodDef::method("__len__", dict_len),
    MethodDef::method("__getitem__", dict_getitem),
    MethodDef::method("__setitem__", dict_setitem),
    MethodDef::method("__delitem__", dict_delitem),
    MethodDef::method("__contains__", dict_contains),
    MethodDef::method("__iter__", dict_iter),
    MethodDef::method("__reversed__", dict_reversed),
    MethodDef::method("__repr__", dict_repr),
    MethodDef::method("__eq__", dict_eq),
    MethodDef::method("__ne__", dict_ne),
    MethodDef::method("__or__", dict_or),
    MethodDef::method("__ror__", dict_ror),
    MethodDef::method("__ior__", dict_ior),
    MethodDef::method("get", dict_get),
    MethodDef::method("setdefault", dict_setdefault),
    MethodDef::method("pop", dict_pop),
    MethodDef::method("popitem", dict_popitem),
    MethodDef::method("clear", dict_clear),
    MethodDef::method("copy", dict_copy),
    MethodDef::method("update", dict_update),
    MethodDef::class("fromkeys", dict_fromkeys),
    MethodDef::method("keys", dict_keys),
    MethodDef::method("values", dict_values),
    MethodDef::method("items", dict_items),
];
