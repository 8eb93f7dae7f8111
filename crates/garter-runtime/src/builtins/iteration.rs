//! Builtins that iterate: `iter`, `next`, `min`, `max`, `sum`, `sorted`,
//! `any`, `all`, and the constructors of `enumerate`, `zip`, `map`,
//! `filter` and `reversed`.

use crate::args::Args;
use crate::dunder::{BinOp, CompareOp, Dunder};
use crate::error::PyResult;
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::sequence::new_class_arg;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

pub fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "iter", 1, 2)?;
    match a.get(1) {
        None => vm.iter(&a[0]),
        Some(sentinel) => {
            if !vm.is_callable(&a[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable".into()));
            }
            Ok(new_iterator(
                vm,
                &vm.types.callable_iterator,
                BuiltinIterator::Callable {
                    func: a[0].clone(),
                    sentinel: sentinel.clone(),
                },
            ))
        }
    }
}

pub fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "next", 1, 2)?;
    let has_next = vm
        .class_of(&a[0])
        .as_type()
        .and_then(|t| t.dunder(Dunder::Next))
        .is_some();
    if !has_next {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name_of(&a[0])
        )));
    }
    if let Some(default) = a.get(1) {
        return Ok(vm.next(&a[0])?.unwrap_or_else(|| default.clone()));
    }
    if matches!(a[0].payload(), Some(crate::object::Payload::Iterator(_))) {
        return match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        };
    }
    vm.call_method(&a[0], "__next__", &[])
}

fn min_max(vm: &Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in args.keywords() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    if pos.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let source = if pos.len() == 1 {
        pos[0].clone()
    } else {
        vm.new_tuple(pos.to_vec())
    };
    let it = vm.iter(&source)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&it)? {
        let k = match &key {
            Some(f) => vm.call(f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub fn min(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOp::Lt)
}

pub fn max(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOp::Gt)
}

pub fn sum(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let given = args.values.len();
    if given > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({given} given)")));
    }
    if pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)".into()));
    }
    let iterable = pos[0].clone();
    let mut start = pos.get(1).cloned();
    for (k, v) in args.keywords() {
        if k != "start" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sum()")));
        }
        start = Some(v.clone());
    }
    let mut total = start.unwrap_or(Value::Int(0));
    if total.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    if matches!(
        total.payload(),
        Some(crate::object::Payload::Bytes(_) | crate::object::Payload::ByteArray(_))
    ) {
        let what = if crate::types::bytes::bytes_data(&total).is_some() {
            "bytes"
        } else {
            "bytearray"
        };
        return Err(vm.type_error(format!(
            "sum() can't sum {what} [use b''.join(seq) instead]"
        )));
    }
    let it = vm.iter(&iterable)?;
    while let Some(x) = vm.next(&it)? {
        total = vm.binary_op(&total, &x, BinOp::Add)?;
    }
    Ok(total)
}

pub fn sorted(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let list = vm.new_list(items);
    let sort = vm.get_attr(&list, &vm.intern("sort"))?;
    vm.call(
        &sort,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )?;
    Ok(list)
}

pub fn any(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "any", 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn all(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "all", 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "enumerate", &vm.types.enumerate)?;
    let rest = Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    let npos = rest.pos().len();
    let names: Vec<&str> = rest.keywords().map(|(k, _)| k).collect();
    let invalid = |name: &str| {
        vm.type_error(format!(
            "'{name}' is an invalid keyword argument for enumerate()"
        ))
    };
    let values = rest.values;
    let (iterable, start) = match (values.len(), names.as_slice()) {
        (2, []) => (&values[0], Some(&values[1])),
        (2, ["start"]) => (&values[0], Some(&values[1])),
        (2, [other]) => return Err(invalid(other)),
        (2, ["start", "iterable"]) => (&values[1], Some(&values[0])),
        (2, ["iterable", "start"]) => (&values[0], Some(&values[1])),
        (2, ["start", other]) | (2, ["iterable", other]) | (2, [other, _]) => {
            return Err(invalid(other))
        }
        (1, []) | (1, ["iterable"]) => (&values[0], None),
        (1, [other]) => return Err(invalid(other)),
        _ if npos == 0 => {
            return Err(vm.type_error("enumerate() missing required argument 'iterable'".into()))
        }
        (n, _) => {
            return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({n} given)")))
        }
    };
    let inner = vm.iter(iterable)?;
    let count = match start {
        Some(s) => vm.index_object(s)?,
        None => Value::Int(0),
    };
    Ok(new_iterator(
        vm,
        &cls,
        BuiltinIterator::Enumerate { inner, count },
    ))
}

fn zip_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "zip", &vm.types.zip)?;
    let mut strict = false;
    if args.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kwnames.len()
        )));
    }
    for (k, v) in args.keywords() {
        if k == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for zip()")));
        }
    }
    let inners = args
        .pos()
        .get(1..)
        .unwrap_or(&[])
        .iter()
        .map(|v| vm.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_iterator(
        vm,
        &cls,
        BuiltinIterator::Zip { inners, strict },
    ))
}

fn map_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "map", &vm.types.map)?;
    args.no_keywords(vm, "map")?;
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments.".into()));
    }
    let inners = pos
        .get(1..)
        .unwrap_or(&[])
        .iter()
        .map(|v| vm.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_iterator(
        vm,
        &cls,
        BuiltinIterator::Map {
            func: pos[0].clone(),
            inners,
        },
    ))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "filter", &vm.types.filter)?;
    args.no_keywords(vm, "filter")?;
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let inner = vm.iter(&pos[1])?;
    Ok(new_iterator(
        vm,
        &cls,
        BuiltinIterator::Filter {
            func: pos[0].clone(),
            inner,
        },
    ))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class_arg(vm, &args, "reversed", &vm.types.reversed)?;
    args.no_keywords(vm, "reversed")?;
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = &pos[0];
    let t = vm.class_of(seq).as_type();
    let reversed_method = t.and_then(|t| t.dunder(Dunder::Reversed));
    if let Some(f) = reversed_method.as_ref().filter(|f| !f.is_none()) {
        return vm.call(f, Args::positional(std::slice::from_ref(seq)));
    }
    let has_getitem = t.is_some_and(|t| t.dunder(Dunder::GetItem).is_some());
    if reversed_method.is_some()
        || !has_getitem
        || matches!(seq.payload(), Some(crate::object::Payload::Dict(_)))
    {
        return Err(vm.type_error(format!(
            "'{}' object is not reversible",
            vm.type_name_of(seq)
        )));
    }
    let n = vm.len(seq)? as i64;
    Ok(new_iterator(
        vm,
        &cls,
        BuiltinIterator::Reversed {
            seq: seq.clone(),
            index: n - 1,
        },
    ))
}

pub const ENUMERATE_METHODS: &[MethodDef] = &[MethodDef::static_("__new__", enumerate_new)];
pub const ZIP_METHODS: &[MethodDef] = &[MethodDef::static_("__new__", zip_new)];
pub const MAP_METHODS: &[MethodDef] = &[MethodDef::static_("__new__", map_new)];
pub const FILTER_METHODS: &[MethodDef] = &[MethodDef::static_("__new__", filter_new)];
pub const REVERSED_METHODS: &[MethodDef] = &[MethodDef::static_("__new__", reversed_new)];
