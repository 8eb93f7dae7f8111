//! The special methods of `str` (construction, repr, hashing,
//! comparisons, length, indexing and slicing by character, `+`, `*`,
//! `in`, iteration) and `join`. The text methods live in `str_text.rs`,
//! `str_search.rs` and `str_translate.rs`; formatting in `str_format.rs`
//! and `str_percent.rs`.

use crate::args::Args;
use crate::dunder::{CompareOp, Dunder};
use crate::error::PyResult;
use crate::object::Payload;
use crate::text::index::slice_chars;
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::list::repeat_count;
use crate::types::slice::{as_slice, slice_indices};
use crate::types::str::PyStr;
use crate::types::str_args::{
    bind_keywords, check_size, clinic_type_name, has_index, is_exact_str, no_args, one_arg, slot,
};
use crate::types::type_object::{is_subtype, type_name, MethodDef};
use crate::value::Value;
use crate::Vm;

/// `repr` of a str, with CPython's quoting and escapes.
pub fn str_repr(s: &str) -> String {
    garter_syntax::literal::repr::str_repr(&crate::text::surrogates::to_literal(s))
}

/// `str(object='')` and `str(object, encoding, errors)`, which decodes a
/// bytes-like object.
fn str_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos().first() {
        None => return Err(vm.type_error("str.__new__(): not enough arguments".into())),
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "str.__new__(X): X is not a type object ({})",
                vm.type_name_of(other)
            )))
        }
    };
    if !is_subtype(&cls, &vm.types.str) {
        let name = type_name(&cls);
        return Err(vm.type_error(format!(
            "str.__new__({name}): {name} is not a subtype of str"
        )));
    }
    let [object, encoding, errors] =
        bind_keywords(vm, &args, 1, "str", ["object", "encoding", "errors"])?;
    for (name, v) in [("encoding", &encoding), ("errors", &errors)] {
        if let Some(v) = v.as_ref().filter(|v| v.as_str().is_none()) {
            return Err(vm.type_error(format!(
                "str() argument '{name}' must be str, not {}",
                clinic_type_name(vm, v)
            )));
        }
    }
    let decoding = encoding.is_some() || errors.is_some();
    let text = match object {
        Some(o) if decoding && crate::types::bytes::bytes_like(vm, &o)?.is_some() => {
            let data = crate::types::bytes::bytes_like(vm, &o)?.unwrap_or_default();
            let encoding = encoding.as_ref().and_then(Value::as_str);
            let errors = errors.as_ref().and_then(Value::as_str);
            let text = crate::types::bytes_codec::decode_bytes(
                vm,
                &data,
                encoding.map_or("utf-8", |e| e.as_str()),
                errors.map(|e| e.as_str()),
            )?;
            vm.new_str_obj(text)
        }
        Some(o) if decoding => {
            return Err(vm.type_error(match o.as_str() {
                Some(_) => "decoding str is not supported".to_string(),
                None => format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name_of(&o)
                ),
            }))
        }
        Some(o) => vm.str(&o)?,
        None => vm.new_str_obj(String::new()),
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.str) {
        return Ok(Value::Obj(text));
    }
    let copy = match &text.payload {
        Payload::Str(p) => p.as_str().to_string(),
        _ => String::new(),
    };
    Ok(vm.new_object(cls, Payload::Str(PyStr::new(copy))))
}

fn str_repr_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, _) = slot(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(str_repr(s.as_str())))
}

fn str_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, _) = slot(vm, &args, "__str__", 0)?;
    if is_exact_str(vm, &args.values[0]) {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_str(s.as_str().to_string()))
}

fn str_hash_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, _) = slot(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(crate::ops::hash::str_hash(s)))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (x, a) = slot(vm, &args, op.dunder().name(), 1)?;
    match a[0].as_str() {
        Some(y) => Ok(Value::Bool(op.holds(x.compare(y)))),
        None => Ok(vm.not_implemented.clone()),
    }
}

crate::types::compare_methods! {
    compare;
    str_eq, Eq; str_ne, Ne; str_lt, Lt; str_le, Le; str_gt, Gt; str_ge, Ge;
}

fn str_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, _) = slot(vm, &args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, a) = slot(vm, &args, "__getitem__", 1)?;
    let key = &a[0];
    if let Some(sl) = as_slice(key) {
        let r = slice_indices(vm, sl, s.char_len())?;
        if r.step == 1 && r.len == s.char_len() && is_exact_str(vm, &args.values[0]) {
            return Ok(args.values[0].clone());
        }
        if r.step == 1 {
            let start = usize::try_from(r.start).unwrap_or(0);
            let end = start.saturating_add(r.len);
            return Ok(crate::types::str::new_str_from(vm, s.substring(start, end)));
        }
        return Ok(vm.new_str(slice_chars(s.as_str(), r.start, r.step, r.len)));
    }
    if !has_index(vm, key) {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name_of(key)
        )));
    }
    let i = vm.index_value(key)?;
    let len = s.char_len() as i64;
    let at = if i < 0 { i.saturating_add(len) } else { i };
    let c = usize::try_from(at)
        .ok()
        .filter(|_| at < len)
        .and_then(|at| s.char_at(at));
    match c {
        Some(c) => Ok(vm.char_value(c)),
        None => Err(vm.index_error("string index out of range".into())),
    }
}

/// `self + other`: str concatenation. For another type, its `__radd__`
/// gets its turn first (as CPython tries the number protocol before
/// sequence concatenation).
fn str_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, a) = slot(vm, &args, "__add__", 1)?;
    let Some(y) = a[0].as_str() else {
        if let Some(r) = vm.call_dunder(&a[0], Dunder::RAdd, &args.values[..1])? {
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name_of(&a[0])
        )));
    };
    check_size(vm, x.as_str().len().saturating_add(y.as_str().len()))?;
    let mut out = String::with_capacity(x.as_str().len() + y.as_str().len());
    out.push_str(x.as_str());
    out.push_str(y.as_str());
    Ok(vm.new_str(out))
}

/// `self * n`.
fn repeat(vm: &Vm, this: &Value, x: &PyStr, n: &Value) -> PyResult<Option<Value>> {
    let Some(count) = repeat_count(vm, n)? else {
        return Ok(None);
    };
    if count == 1 && is_exact_str(vm, this) {
        return Ok(Some(this.clone()));
    }
    if x.char_len() > 0 && count > isize::MAX as usize / x.char_len() {
        return Err(vm.overflow_error("repeated string is too long".into()));
    }
    check_size(vm, x.as_str().len().saturating_mul(count))?;
    Ok(Some(vm.new_str(x.as_str().repeat(count))))
}

fn cannot_multiply(vm: &Vm, n: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name_of(n)
    ))
}

/// `self * n`. For a non-integer `n`, its `__rmul__` gets its turn first
/// (as CPython tries the number protocol before sequence repetition).
fn str_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, a) = slot(vm, &args, "__mul__", 1)?;
    if let Some(r) = repeat(vm, &args.values[0], x, &a[0])? {
        return Ok(r);
    }
    if let Some(r) = vm.call_dunder(&a[0], Dunder::RMul, &args.values[..1])? {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(cannot_multiply(vm, &a[0]))
}

/// `n * self`, after `n`'s own `__mul__` declined. When `n` is a builtin
/// sequence CPython tried to repeat it by `self`, so the error names str.
fn str_rmul(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, a) = slot(vm, &args, "__rmul__", 1)?;
    if let Some(r) = repeat(vm, &args.values[0], x, &a[0])? {
        return Ok(r);
    }
    let left_is_sequence = matches!(
        a[0].payload(),
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_))
    );
    if left_is_sequence {
        return Err(cannot_multiply(vm, &args.values[0]));
    }
    Err(cannot_multiply(vm, &a[0]))
}

fn str_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, a) = slot(vm, &args, "__contains__", 1)?;
    match a[0].as_str() {
        Some(y) => Ok(Value::Bool(x.as_str().contains(y.as_str()))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name_of(&a[0])
        ))),
    }
}

fn str_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, _) = slot(vm, &args, "__iter__", 0)?;
    let cls = if s.is_ascii() {
        &vm.types.str_ascii_iterator
    } else {
        &vm.types.str_iterator
    };
    Ok(new_iterator(
        vm,
        cls,
        BuiltinIterator::Str {
            seq: args.values[0].clone(),
            byte: 0,
        },
    ))
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_str(s.as_str().to_string())]))
}

fn str_join(vm: &Vm, args: Args) -> PyResult<Value> {
    let (sep, iterable) = one_arg(vm, &args, "join")?;
    let it = vm.iter(iterable).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error) {
            vm.type_error("can only join an iterable".into())
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    while let Some(item) = vm.next(&it)? {
        items.push(item);
    }
    if let [only] = items.as_slice() {
        if is_exact_str(vm, only) {
            return Ok(only.clone());
        }
    }
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(s) = item.as_str() else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name_of(item)
            )));
        };
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(s.as_str());
        check_size(vm, out.len())?;
    }
    Ok(vm.new_str(out))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", str_new),
    MethodDef::method("__repr__", str_repr_method),
    MethodDef::method("__str__", str_str),
    MethodDef::method("__hash__", str_hash_method),
    MethodDef::method("__eq__", str_eq),
    MethodDef::method("__ne__", str_ne),
    MethodDef::method("__lt__", str_lt),
    MethodDef::method("__le__", str_le),
    MethodDef::method("__gt__", str_gt),
    MethodDef::method("__ge__", str_ge),
    MethodDef::method("__len__", str_len),
    MethodDef::method("__getitem__", str_getitem),
    MethodDef::method("__add__", str_add),
    MethodDef::method("__mul__", str_mul),
    MethodDef::method("__rmul__", str_rmul),
    MethodDef::method("__contains__", str_contains),
    MethodDef::method("__iter__", str_iter),
    MethodDef::method("__getnewargs__", str_getnewargs),
    MethodDef::method("join", str_join),
];
