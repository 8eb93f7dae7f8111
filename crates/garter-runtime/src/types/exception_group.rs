//! `BaseExceptionGroup` and `ExceptionGroup`: construction (with the
//! choice between the two), `message`, `exceptions`, `derive`, `split`
//! and `subgroup`. [`split_group`] is what `except*` uses.

use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::{Object, Payload};
use crate::types::dict::DictTable;
use crate::types::exception::{
    exc_method_self, exception_class_arg, exception_data, new_exception_instance, no_keywords_for,
    set_cause_value, ExceptionData,
};
use crate::types::type_object::{
    full_mro, is_subtype, type_name, GetSetDef, Layout, MethodDef, TypeData,
};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Makes the `ExceptionGroup` type, whose bases are `BaseExceptionGroup`
/// and `Exception`.
pub fn make_exception_group_type(base_group: &ObjRef, exception: &ObjRef) -> ObjRef {
    let mut mro_rest = vec![base_group.clone()];
    for c in full_mro(exception) {
        if !mro_rest.iter().any(|m| Rc::ptr_eq(m, &c)) {
            mro_rest.push(c);
        }
    }
    let t = Rc::new(Object {
        class: crate::object::ClassSlot::new(None),
        extra: None,
        payload: Payload::Type(Box::new(TypeData {
            instance_dict: true,
            ..TypeData::new(
                "ExceptionGroup",
                vec![base_group.clone(), exception.clone()],
                mro_rest,
                DictTable::new(),
                Layout::Exception,
            )
        })),
    });
    for b in [base_group, exception] {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(Rc::downgrade(&t));
        }
    }
    t
}

fn group_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut cls = exception_class_arg(vm, pos.first(), "BaseExceptionGroup")?.clone();
    if args.has_keywords() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", type_name(&cls))));
    }
    let items = &pos[1..];
    if items.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            items.len()
        )));
    }
    if items[0].as_str().is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name_of(&items[0])
        )));
    }
    let is_sequence = match items[1].payload() {
        Some(Payload::Dict(_)) => false,
        Some(Payload::List(_) | Payload::Tuple(_)) => true,
        _ => vm
            .class_of(&items[1])
            .as_type()
            .is_some_and(|t| t.dunder(crate::dunder::Dunder::GetItem).is_some()),
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence".into()));
    }
    let excs = vm.collect(&items[1])?;
    if excs.is_empty() {
        return Err(
            vm.value_error("second argument (exceptions) must be a non-empty sequence".into())
        );
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if exception_data(e).is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !vm.is_instance_of(e, &vm.exc.exception);
    }
    if Rc::ptr_eq(&cls, &vm.exc.base_exception_group) {
        if !nested_base {
            cls = vm.exc.exception_group.clone();
        }
    } else if Rc::ptr_eq(&cls, &vm.exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup".into()));
        }
    } else if nested_base && is_subtype(&cls, &vm.exc.exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            type_name(&cls)
        )));
    }
    let obj = new_exception_instance(vm, &cls, vm.new_tuple(items.to_vec()));
    if let Some(e) = exception_data(&obj) {
        e.set_field("message", Some(items[0].clone()));
        e.set_field("exceptions", Some(vm.new_tuple(excs)));
    }
    Ok(obj)
}

fn group_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error(
            "descriptor '__init__' of 'BaseExceptionGroup' object needs an argument".into(),
        ));
    };
    let e = exc_method_self(vm, this, "__init__", "BaseExceptionGroup")?;
    no_keywords_for(vm, &args, this)?;
    *e.args.borrow_mut() = vm.new_tuple(pos[1..].to_vec());
    Ok(Value::None)
}

fn group_self<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a ExceptionData> {
    match exception_data(v) {
        Some(e) if vm.is_instance_of(v, &vm.exc.base_exception_group) => Ok(e),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'BaseExceptionGroup' object but received a '{}'",
            vm.type_name_of(v)
        ))),
    }
}

/// The sub-exceptions of a group.
fn group_exceptions(e: &ExceptionData) -> Vec<Value> {
    match e.field("exceptions").as_ref().and_then(Value::payload) {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

fn group_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = group_self(vm, &a[0], "__str__")?;
    let message = vm.str_string(&e.field("message").unwrap_or(Value::None))?;
    let n = group_exceptions(e).len();
    let s = if n > 1 { "s" } else { "" };
    Ok(vm.new_str(format!("{message} ({n} sub-exception{s})")))
}

fn group_derive(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "derive", 2, 2)?;
    let e = group_self(vm, &a[0], "derive")?;
    let message = e.field("message").unwrap_or(Value::None);
    let cls = Value::Obj(vm.exc.base_exception_group.clone());
    vm.call(&cls, Args::positional(&[message, a[1].clone()]))
}

/// What `split`/`subgroup` match sub-exceptions against.
enum Matcher {
    /// An exception class or a tuple of them.
    Types(Value),
    /// A function called with each exception.
    Predicate(Value),
}

fn is_exception_class(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| o.as_type().is_some() && is_subtype(o, &vm.exc.base_exception))
}

fn matcher(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    if matches!(cond.payload(), Some(Payload::Function(_))) {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    if is_exception_class(vm, cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(Payload::Tuple(items)) = cond.payload() {
        if items.iter().all(|i| is_exception_class(vm, i)) {
            return Ok(Matcher::Types(cond.clone()));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types".into()))
}

fn matches(vm: &Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.isinstance(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, Args::positional(std::slice::from_ref(exc)))?;
            vm.truthy(&r)
        }
    }
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and notes.
fn derive_and_copy(vm: &Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let eg = vm.call_method(orig, "derive", &[vm.new_list(excs)])?;
    let (Some(src), Some(dst)) = (exception_data(orig), exception_data(&eg)) else {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup".into()));
    };
    if !vm.is_instance_of(&eg, &vm.exc.base_exception_group) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup".into()));
    }
    *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
    *dst.context.borrow_mut() = src.context.borrow().clone();
    set_cause_value(vm, dst, src.cause.borrow().clone())?;
    let notes_name = vm.intern("__notes__");
    if let Some(notes) = vm.lookup_attr(orig, &notes_name)? {
        if matches!(notes.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
            let copy = vm.new_list(vm.collect(&notes)?);
            vm.set_attr(&eg, &notes_name, copy)?;
        }
    }
    Ok(eg)
}

/// Splits `exc` into the part matching `m` and (when `with_rest`) the rest.
fn split_recursive(
    vm: &Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let _guard = vm.enter(" in exception group split")?;
    if matches(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let group = match exception_data(exc) {
        Some(e) if vm.is_instance_of(exc, &vm.exc.base_exception_group) => e,
        _ => return Ok((None, with_rest.then(|| exc.clone()))),
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for sub in group_exceptions(group) {
        let (m_part, r_part) = split_recursive(vm, &sub, m, with_rest)?;
        matched.extend(m_part);
        rest.extend(r_part);
    }
    let matched = if matched.is_empty() {
        None
    } else {
        Some(derive_and_copy(vm, exc, matched)?)
    };
    let rest = if with_rest && !rest.is_empty() {
        Some(derive_and_copy(vm, exc, rest)?)
    } else {
        None
    };
    Ok((matched, rest))
}

/// `eg.split(cond)` as Rust values: the matching part and the rest.
pub fn split_group(vm: &Vm, eg: &Value, cond: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let m = matcher(vm, cond)?;
    split_recursive(vm, eg, &m, true)
}

fn group_split(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "split", 2, 2)?;
    group_self(vm, &a[0], "split")?;
    let (matched, rest) = split_group(vm, &a[0], &a[1])?;
    Ok(vm.new_tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "subgroup", 2, 2)?;
    group_self(vm, &a[0], "subgroup")?;
    let m = matcher(vm, &a[1])?;
    let (matched, _) = split_recursive(vm, &a[0], &m, false)?;
    Ok(matched.unwrap_or(Value::None))
}

fn get_message(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(group_self(vm, v, "message")?
        .field("message")
        .unwrap_or(Value::None))
}

fn get_exceptions(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(group_self(vm, v, "exceptions")?
        .field("exceptions")
        .unwrap_or(Value::None))
}

fn set_readonly(vm: &Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute".into()))
}

pub const GROUP_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", group_new),
    MethodDef::method("__init__", group_init),
    MethodDef::method("__str__", group_str),
    MethodDef::method("derive", group_derive),
    MethodDef::method("split", group_split),
    MethodDef::method("subgroup", group_subgroup),
];

pub const GROUP_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "message",
        get: get_message,
        set: Some(set_readonly),
    },
    GetSetDef {
        name: "exceptions",
        get: get_exceptions,
        set: Some(set_readonly),
    },
];

/// The exception group classes with their methods and attributes.
pub fn kind_tables(vm: &Vm) -> Vec<(&ObjRef, &'static [MethodDef], &'static [GetSetDef])> {
    vec![(&vm.exc.base_exception_group, GROUP_METHODS, GROUP_GETSETS)]
}
