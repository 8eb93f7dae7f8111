//! Dictionary views: `dict_keys`, `dict_values` and `dict_items`, live
//! windows onto a dict.

use crate::args::Args;
use crate::dunder::CompareOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::{dict_table, get_item};
use crate::types::iterators::{new_iterator, BuiltinIterator, DictPart};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// A new view of `dict`.
pub fn new_view(vm: &Vm, cls: &ObjRef, dict: Value, part: DictPart) -> Value {
    vm.new_object(cls.clone(), Payload::DictView { dict, part })
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a Value, DictPart)> {
    match v.payload() {
        Some(Payload::DictView { dict, part }) => Ok((dict, *part)),
        _ => Err(vm.type_error("descriptor requires a dict view".into())),
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__len__", 1, 1)?;
    let (d, _) = this(vm, &a[0])?;
    Ok(Value::Int(
        dict_table(d).map_or(0, |t| t.borrow().len()) as i64
    ))
}

fn iterator(vm: &Vm, v: &Value, reverse: bool) -> PyResult<Value> {
    let (d, part) = this(vm, v)?;
    let Some(t) = dict_table(d) else {
        return Err(vm.type_error("view of a non-dict".into()));
    };
    let cls = match (part, reverse) {
        (DictPart::Keys, false) => &vm.types.dict_keyiterator,
        (DictPart::Values, false) => &vm.types.dict_valueiterator,
        (DictPart::Items, false) => &vm.types.dict_itemiterator,
        (DictPart::Keys, true) => &vm.types.dict_reversekeyiterator,
        (DictPart::Values, true) => &vm.types.dict_reversevalueiterator,
        (DictPart::Items, true) => &vm.types.dict_reverseitemiterator,
    };
    let t = t.borrow();
    let pos = if reverse { t.storage_len() } else { 0 };
    Ok(new_iterator(
        vm,
        cls,
        BuiltinIterator::Dict {
            dict: d.clone(),
            pos,
            len: t.len(),
            yielded: 0,
            part,
            reverse,
        },
    ))
}

fn view_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__iter__", 1, 1)?;
    iterator(vm, &a[0], false)
}

fn view_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__reversed__", 1, 1)?;
    iterator(vm, &a[0], true)
}

fn view_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__contains__", 2, 2)?;
    let (d, part) = this(vm, &a[0])?;
    let Some(t) = dict_table(d) else {
        return Ok(Value::Bool(false));
    };
    match part {
        DictPart::Keys => Ok(Value::Bool(get_item(vm, t, &a[1])?.is_some())),
        DictPart::Items => {
            let Some(Payload::Tuple(pair)) = a[1].payload() else {
                return Ok(Value::Bool(false));
            };
            if pair.len() != 2 {
                return Ok(Value::Bool(false));
            }
            match get_item(vm, t, &pair[0])? {
                Some(v) => Ok(Value::Bool(vm.eq(&v, &pair[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
        DictPart::Values => {
            let values: Vec<Value> = t.borrow().iter().map(|e| e.value.clone()).collect();
            for v in values {
                if vm.eq(&v, &a[1])? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn view_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let id = a[0].identity();
    if vm.repr_active.borrow().contains(&id) {
        return Ok(vm.new_str("...".into()));
    }
    let name = vm.type_name_of(&a[0]);
    vm.repr_active.borrow_mut().push(id);
    let inner = (|| {
        let items = vm.collect(&a[0])?;
        let mut out = String::from("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(item)?);
        }
        out.push(']');
        Ok(out)
    })();
    vm.repr_active.borrow_mut().retain(|x| *x != id);
    Ok(vm.new_str(format!("{name}({})", inner?)))
}

fn view_mapping(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (d, _) = this(vm, v)?;
    match d.as_obj() {
        Some(o) => Ok(vm.new_mappingproxy(o.clone())),
        None => Ok(d.clone()),
    }
}

/// `PySet_New(v)`: a new set of `v`'s items.
fn set_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let table = crate::types::set::table_from_iterable(vm, v)?;
    Ok(crate::types::set::wrap_table(vm, false, table))
}

/// Whether `v` is a keys or items view (the views with set operations).
fn is_set_view(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::DictView {
            part: DictPart::Keys | DictPart::Items,
            ..
        })
    )
}

/// `a & b` where one of them is a keys or items view.
fn intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_view = vm.len(view)?;
    let exact_set = crate::types::set::set_data(other).is_some_and(|d| !d.frozen)
        && other.as_obj().is_some_and(crate::types::dict::is_builtin);
    if exact_set && len_view <= vm.len(other)? {
        return vm.call_method(other, "intersection", std::slice::from_ref(view));
    }
    if is_set_view(other) && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = crate::types::set::new_set(vm, Vec::new())?;
    let it = vm.iter(other)?;
    while let Some(item) = vm.next(&it)? {
        if vm.contains(view, &item)? {
            crate::types::set::set_add(vm, &result, item)?;
        }
    }
    Ok(result)
}

/// `set(a).method(b)`: how views compute `|`, `-` and `^`.
fn via_set(vm: &Vm, a: &Value, b: &Value, method: &str) -> PyResult<Value> {
    let result = set_of(vm, a)?;
    vm.call_method(&result, method, std::slice::from_ref(b))?;
    Ok(result)
}

/// The set operators of keys and items views.
#[derive(Clone, Copy)]
enum ViewOp {
    And,
    Or,
    Sub,
    Xor,
}

fn view_binary(vm: &Vm, args: Args, name: &str, op: ViewOp, reflected: bool) -> PyResult<Value> {
    let a = args.count(vm, name, 2, 2)?;
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    match op {
        ViewOp::And => intersect(vm, x, y),
        ViewOp::Or => via_set(vm, x, y, "update"),
        ViewOp::Sub => via_set(vm, x, y, "difference_update"),
        ViewOp::Xor => via_set(vm, x, y, "symmetric_difference_update"),
    }
}

macro_rules! view_operators {
    ($($fname:ident, $name:literal, $op:ident, $reflected:literal;)*) => {
        $(fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            view_binary(vm, args, $name, ViewOp::$op, $reflected)
        })*
    };
}

view_operators! {
    view_and, "__and__", And, false; view_rand, "__rand__", And, true;
    view_or, "__or__", Or, false; view_ror, "__ror__", Or, true;
    view_sub, "__sub__", Sub, false; view_rsub, "__rsub__", Sub, true;
    view_xor, "__xor__", Xor, false; view_rxor, "__rxor__", Xor, true;
}

/// Whether every item of `a` is in `b`.
fn all_contained_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(item) = vm.next(&it)? {
        if !vm.contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = args.count(vm, op.dunder().name(), 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if crate::types::set::set_data(y).is_none() && !is_set_view(y) {
        return Ok(vm.not_implemented.clone());
    }
    let (lx, ly) = (vm.len(x)?, vm.len(y)?);
    let r = match op {
        CompareOp::Eq => lx == ly && all_contained_in(vm, x, y)?,
        CompareOp::Ne => !(lx == ly && all_contained_in(vm, x, y)?),
        CompareOp::Lt => lx < ly && all_contained_in(vm, x, y)?,
        CompareOp::Le => lx <= ly && all_contained_in(vm, x, y)?,
        CompareOp::Gt => lx > ly && all_contained_in(vm, y, x)?,
        CompareOp::Ge => lx >= ly && all_contained_in(vm, y, x)?,
    };
    Ok(Value::Bool(r))
}

crate::types::compare_methods! {
    view_compare;
    view_eq, Eq; view_ne, Ne; view_lt, Lt; view_le, Le; view_gt, Gt; view_ge, Ge;
}

fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "isdisjoint", 2, 2)?;
    let (mut this, mut other) = (&a[0], &a[1]);
    if this.is(other) {
        return Ok(Value::Bool(vm.len(this)? == 0));
    }
    if crate::types::set::set_data(other).is_some() || is_set_view(other) {
        let (ls, lo) = (vm.len(this)?, vm.len(other)?);
        if lo > ls {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = vm.iter(other)?;
    while let Some(item) = vm.next(&it)? {
        if vm.contains(this, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The methods of `dict_keys` and `dict_items`: [`METHODS`] plus these.
pub const SET_VIEW_METHODS: &[MethodDef] = &[
    MethodDef::method("__and__", view_and),
    MethodDef::method("__rand__", view_rand),
    MethodDef::method("__or__", view_or),
    MethodDef::method("__ror__", view_ror),
    MethodDef::method("__sub__", view_sub),
    MethodDef::method("__rsub__", view_rsub),
    MethodDef::method("__xor__", view_xor),
    MethodDef::method("__rxor__", view_rxor),
    MethodDef::method("__eq__", view_eq),
    MethodDef::method("__ne__", view_ne),
    MethodDef::method("__lt__", view_lt),
    MethodDef::method("__le__", view_le),
    MethodDef::method("__gt__", view_gt),
    MethodDef::method("__ge__", view_ge),
    MethodDef::method("isdisjoint", view_isdisjoint),
];

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__len__", view_len),
    MethodDef::method("__iter__", view_iter),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::method("__contains__", view_contains),
    MethodDef::method("__repr__", view_repr),
];

pub const GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "mapping",
    get: view_mapping,
    set: None,
}];
