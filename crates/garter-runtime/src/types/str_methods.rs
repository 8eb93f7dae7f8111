//! The methods of `str`: operators, indexing by character, and the
//! text methods (built on `crate::text`).

use crate::args::Args;
use crate::dunder::CompareOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::list::repeat_count;
use crate::types::slice::{as_slice, seq_index, slice_indices};
use crate::types::str::PyStr;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    args.values.first().and_then(Value::as_str).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            args.values
                .first()
                .map(|v| vm.type_name_of(v))
                .unwrap_or_default()
        ))
    })
}

/// `repr` of a str, with CPython's quoting and escapes.
pub fn str_repr(s: &str) -> String {
    garter_syntax::literal::repr::str_repr(&garter_syntax::ast::PyStr::Utf8(s.to_string()))
}

fn str_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let [cls, object, encoding, errors] =
        args.bind(vm, "str", ["cls", "object", "encoding", "errors"], 4)?;
    if encoding.is_some() || errors.is_some() {
        return Err(vm.type_error("decoding str is not supported".into()));
    }
    let s = match object {
        Some(o) => vm.str(&o)?,
        None => vm.new_str_obj(String::new()),
    };
    match cls {
        Some(Value::Obj(c)) if !std::rc::Rc::ptr_eq(&c, &vm.types.str) => {
            let text = s.as_ref();
            let text = match &text.payload {
                Payload::Str(p) => p.as_str().to_string(),
                _ => String::new(),
            };
            Ok(vm.new_object(c, Payload::Str(PyStr::new(text))))
        }
        _ => Ok(Value::Obj(s)),
    }
}

fn str_repr_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__repr__")?;
    Ok(vm.new_str(str_repr(s.as_str())))
}

fn str_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__str__")?;
    let v = &args.values[0];
    if v.as_obj().is_some_and(crate::types::dict::is_builtin) {
        return Ok(v.clone());
    }
    Ok(vm.new_str(s.as_str().to_string()))
}

fn str_hash_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__hash__")?;
    Ok(Value::Int(crate::ops::hash::str_hash(s)))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let x = this(vm, &args, op.dunder().name())?;
    let a = args.count(vm, op.dunder().name(), 2, 2)?;
    match a[1].as_str() {
        Some(y) => Ok(Value::Bool(op.holds(x.as_str().cmp(y.as_str())))),
        None => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! str_compare_methods {
    ($($name:ident, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            compare(vm, args, CompareOp::$op)
        })*
    };
}

str_compare_methods! {
    str_eq, Eq; str_ne, Ne; str_lt, Lt; str_le, Le; str_gt, Gt; str_ge, Ge;
}

fn str_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.char_len() as i64))
}

fn str_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__getitem__")?;
    let a = args.count(vm, "__getitem__", 2, 2)?;
    if let Some(sl) = as_slice(&a[1]) {
        let r = slice_indices(vm, sl, s.char_len())?;
        if s.is_ascii() {
            let bytes = s.as_str().as_bytes();
            if r.step == 1 {
                let start = r.start.max(0) as usize;
                let end = (start + r.len).min(bytes.len());
                return Ok(vm.new_str(s.as_str()[start..end].to_string()));
            }
            let out: String = r
                .positions()
                .filter_map(|i| bytes.get(i).map(|b| *b as char))
                .collect();
            return Ok(vm.new_str(out));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let out: String = r
            .positions()
            .filter_map(|i| chars.get(i).copied())
            .collect();
        return Ok(vm.new_str(out));
    }
    let i = seq_index(vm, &a[1], s.char_len(), "string")?;
    let c = if s.is_ascii() {
        s.as_str().as_bytes()[i] as char
    } else {
        s.as_str().chars().nth(i).unwrap_or('\0')
    };
    Ok(vm.char_value(c))
}

fn str_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = this(vm, &args, "__add__")?;
    let a = args.count(vm, "__add__", 2, 2)?;
    let Some(y) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name_of(&a[1])
        )));
    };
    let mut out = String::with_capacity(x.as_str().len() + y.as_str().len());
    out.push_str(x.as_str());
    out.push_str(y.as_str());
    Ok(vm.new_str(out))
}

fn str_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = this(vm, &args, "__mul__")?;
    let a = args.count(vm, "__mul__", 2, 2)?;
    let Some(n) = repeat_count(vm, &a[0], &a[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let total = x
        .as_str()
        .len()
        .checked_mul(n)
        .filter(|t| *t < 1 << 40)
        .ok_or_else(|| vm.memory_error())?;
    let _ = total;
    Ok(vm.new_str(x.as_str().repeat(n)))
}

fn str_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = this(vm, &args, "__contains__")?;
    let a = args.count(vm, "__contains__", 2, 2)?;
    match a[1].as_str() {
        Some(y) => Ok(Value::Bool(x.as_str().contains(y.as_str()))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name_of(&a[1])
        ))),
    }
}

fn str_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__iter__")?;
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

fn str_join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?;
    let a = args.count(vm, "join", 2, 2)?;
    let items = vm.collect(&a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match item.as_str() {
            Some(s) => out.push_str(s.as_str()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name_of(item)
                )))
            }
        }
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
    MethodDef::method("__rmul__", str_mul),
    MethodDef::method("__contains__", str_contains),
    MethodDef::method("__iter__", str_iter),
    MethodDef::method("join", str_join),
];
