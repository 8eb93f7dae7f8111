//! The builtin exceptions that carry more than `args`: OSError (errno,
//! strerror, filenames, and the errno-to-subclass mapping), SystemExit
//! (`code`), StopIteration (`value`), ImportError (`msg`, `name`,
//! `path`), NameError and AttributeError (`name`, `obj`), and KeyError's
//! `str`.
//!
//! Each class's `__init__` sets its fields from the arguments, as
//! CPython's does. Exceptions the runtime makes itself skip `__init__`;
//! [`settle_fields`] derives their fields from `args` on first use.

use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exception::{
    args_str, exc_method_self, exception_class_arg, exception_data, new_exception_instance,
    no_keywords_for, ExceptionData,
};
use crate::types::exception_syntax;
use crate::types::type_object::{full_mro, GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Derives the class-specific fields of an exception the runtime made
/// without calling its class, from its `args`.
pub fn settle_fields(vm: &Vm, v: &Value) {
    let Some(e) = exception_data(v) else { return };
    if !e.fields_pending.get() {
        return;
    }
    e.fields_pending.set(false);
    let items = e.arg_items();
    let no_kw = Args::positional(&[]);
    for cls in full_mro(vm.class_of(v)) {
        let x = &vm.exc;
        let done = if Rc::ptr_eq(&cls, &x.os_error) {
            let _ = oserror_fill(vm, v, e, &items);
            true
        } else if Rc::ptr_eq(&cls, &x.system_exit) {
            set_code(vm, e, &items);
            true
        } else if Rc::ptr_eq(&cls, &x.stop_iteration) {
            e.set_field("value", Some(items.first().cloned().unwrap_or(Value::None)));
            true
        } else if Rc::ptr_eq(&cls, &x.import_error) {
            let _ = import_error_fill(vm, e, &items, &no_kw);
            true
        } else if Rc::ptr_eq(&cls, &x.name_error) || Rc::ptr_eq(&cls, &x.attribute_error) {
            adopt_dict_fields(vm, v, e);
            true
        } else {
            exception_syntax::settle(vm, &cls, e, &items)
        };
        if done {
            break;
        }
    }
}

/// Moves `name` and `obj` that the runtime stored in a new NameError's or
/// AttributeError's `__dict__` into the fields its attributes read.
fn adopt_dict_fields(vm: &Vm, v: &Value, e: &ExceptionData) {
    let Some(dict) = v.as_obj().and_then(|o| o.instance_dict()) else {
        return;
    };
    let Some(table) = crate::types::dict::obj_dict_table(&dict) else {
        return;
    };
    for key in ["name", "obj"] {
        let taken = table.borrow_mut().del_str(&vm.intern(key));
        if let Some(value) = taken {
            e.set_field(key, Some(value));
        }
    }
}

/// Reads a class-specific field (None when unset).
pub fn read_field(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    settle_fields(vm, v);
    let e = field_self(vm, v)?;
    Ok(e.field(name).unwrap_or(Value::None))
}

/// Writes (or, with `None`, clears) a class-specific field.
pub fn write_field(vm: &Vm, v: &Value, name: &'static str, new: Option<Value>) -> PyResult<()> {
    settle_fields(vm, v);
    field_self(vm, v)?.set_field(name, new);
    Ok(())
}

fn field_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    exception_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor for exception objects doesn't apply to a '{}' object",
            vm.type_name_of(v)
        ))
    })
}

/// Getter and setter functions for class-specific fields.
macro_rules! field_accessors {
    ($($name:literal => $get:ident, $set:ident;)*) => {
        $(
            pub(crate) fn $get(vm: &Vm, v: &Value) -> PyResult<Value> {
                read_field(vm, v, $name)
            }

            pub(crate) fn $set(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
                write_field(vm, v, $name, new)
            }
        )*
    };
}

field_accessors! {
    "errno" => get_errno, set_errno;
    "strerror" => get_strerror, set_strerror;
    "filename" => get_filename, set_filename;
    "filename2" => get_filename2, set_filename2;
    "code" => get_code, set_code_field;
    "value" => get_value, set_value;
    "msg" => get_msg, set_msg;
    "name" => get_name, set_name;
    "path" => get_path, set_path;
    "obj" => get_obj, set_obj;
}

/// A `GetSetDef` for a field with the given accessors.
macro_rules! field {
    ($name:literal, $get:ident, $set:ident) => {
        GetSetDef {
            name: $name,
            get: $get,
            set: Some($set),
        }
    };
}
pub(crate) use field;

/// Sets `args` from the positional arguments (BaseException.__init__).
fn base_init(vm: &Vm, e: &ExceptionData, items: &[Value]) {
    *e.args.borrow_mut() = vm.new_tuple(items.to_vec());
}

/// `self` and the positional arguments of an `__init__`.
fn init_parts<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
) -> PyResult<(&'a Value, &'a ExceptionData, &'a [Value])> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '__init__' of '{owner}' object needs an argument"
        )));
    };
    let e = exc_method_self(vm, this, "__init__", owner)?;
    Ok((this, e, &pos[1..]))
}

/// Checks keyword-only arguments against `allowed`, with the messages of
/// CPython's argument parser for `fname()`.
pub fn keyword_fields(
    vm: &Vm,
    args: &Args,
    fname: &str,
    allowed: &[&'static str],
) -> PyResult<Vec<(&'static str, Value)>> {
    let given = args.kwnames.len();
    if given > allowed.len() {
        let s = if allowed.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} keyword argument{s} ({given} given)",
            allowed.len()
        )));
    }
    let mut out = Vec::new();
    for (name, value) in args.keywords() {
        match allowed.iter().find(|a| **a == name) {
            Some(a) => out.push((*a, value.clone())),
            None => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

// ---- OSError ----

/// The OSError subclass CPython picks for an errno value.
fn errno_subclass(vm: &Vm, errno: i64) -> Option<&ObjRef> {
    let x = &vm.exc;
    Some(match errno {
        1 | 13 => &x.permission_error,
        2 => &x.file_not_found_error,
        3 => &x.process_lookup_error,
        4 => &x.interrupted_error,
        10 => &x.child_process_error,
        11 | 114 | 115 => &x.blocking_io_error,
        17 => &x.file_exists_error,
        20 => &x.not_a_directory_error,
        21 => &x.is_a_directory_error,
        32 | 108 => &x.broken_pipe_error,
        103 => &x.connection_aborted_error,
        104 => &x.connection_reset_error,
        110 => &x.timeout_error,
        111 => &x.connection_refused_error,
        _ => return None,
    })
}

/// Whether OSError's own `__name__` method is what `cls` resolves to.
fn resolves_to_oserror(vm: &Vm, cls: &ObjRef, name: &str) -> bool {
    let key = vm.intern(name);
    let mine = crate::types::type_object::mro_lookup(cls, &key);
    let base = vm
        .exc
        .os_error
        .as_type()
        .and_then(|t| t.namespace().get_str(&key));
    match (mine, base) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// CPython's `oserror_use_init`: a subclass that overrides `__init__`
/// but not `__new__` parses its arguments in `__init__`.
fn oserror_use_init(vm: &Vm, cls: &ObjRef) -> bool {
    !resolves_to_oserror(vm, cls, "__init__") && resolves_to_oserror(vm, cls, "__new__")
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
}

/// Sets OSError's fields and `args` from its arguments.
fn oserror_fill(vm: &Vm, this: &Value, e: &ExceptionData, items: &[Value]) -> PyResult<()> {
    let mut args = items.to_vec();
    if (2..=5).contains(&items.len()) {
        let filename = items.get(2).filter(|f| !f.is_none());
        if let Some(filename) = filename {
            let blocking = Rc::ptr_eq(vm.class_of(this), &vm.exc.blocking_io_error);
            if blocking && is_number(filename) {
                let written = vm.index_value(filename)?;
                e.set_field("characters_written", Some(Value::Int(written)));
            } else {
                e.set_field("filename", Some(filename.clone()));
                if let Some(f2) = items.get(4).filter(|f| !f.is_none()) {
                    e.set_field("filename2", Some(f2.clone()));
                }
                args.truncate(2);
            }
        }
        e.set_field("errno", Some(items[0].clone()));
        e.set_field("strerror", Some(items[1].clone()));
    }
    *e.args.borrow_mut() = vm.new_tuple(args);
    Ok(())
}

fn oserror_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut cls = exception_class_arg(vm, pos.first(), "OSError")?.clone();
    let items = &pos[1..];
    if oserror_use_init(vm, &cls) {
        return Ok(new_exception_instance(vm, &cls, vm.empty_tuple.clone()));
    }
    if args.has_keywords() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            crate::types::type_object::type_name(&cls)
        )));
    }
    if Rc::ptr_eq(&cls, &vm.exc.os_error) && (2..=5).contains(&items.len()) {
        let errno = match &items[0] {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(i64::from(*b)),
            _ => None,
        };
        if let Some(sub) = errno.and_then(|n| errno_subclass(vm, n)) {
            cls = sub.clone();
        }
    }
    let obj = new_exception_instance(vm, &cls, vm.empty_tuple.clone());
    if let Some(e) = exception_data(&obj) {
        oserror_fill(vm, &obj, e, items)?;
    }
    Ok(obj)
}

fn oserror_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, e, items) = init_parts(vm, &args, "OSError")?;
    if !oserror_use_init(vm, vm.class_of(this)) {
        return Ok(Value::None);
    }
    no_keywords_for(vm, &args, this)?;
    oserror_fill(vm, this, e, items)?;
    Ok(Value::None)
}

fn oserror_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__str__", "OSError")?;
    settle_fields(vm, &a[0]);
    let errno = e.field("errno");
    let strerror = e.field("strerror");
    if let Some(filename) = e.field("filename") {
        let errno = vm.str_string(&errno.unwrap_or(Value::None))?;
        let strerror = vm.str_string(&strerror.unwrap_or(Value::None))?;
        let filename = vm.repr_string(&filename)?;
        return Ok(vm.new_str(match e.field("filename2") {
            Some(f2) => format!(
                "[Errno {errno}] {strerror}: {filename} -> {}",
                vm.repr_string(&f2)?
            ),
            None => format!("[Errno {errno}] {strerror}: {filename}"),
        }));
    }
    if let (Some(errno), Some(strerror)) = (errno, strerror) {
        return Ok(vm.new_str(format!(
            "[Errno {}] {}",
            vm.str_string(&errno)?,
            vm.str_string(&strerror)?
        )));
    }
    args_str(vm, e.arg_items())
}

fn get_characters_written(vm: &Vm, v: &Value) -> PyResult<Value> {
    settle_fields(vm, v);
    field_self(vm, v)?
        .field("characters_written")
        .ok_or_else(|| vm.attribute_error("characters_written".into()))
}

fn set_characters_written(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = field_self(vm, v)?;
    match new {
        Some(n) => {
            let n = vm.index_value(&n)?;
            e.set_field("characters_written", Some(Value::Int(n)));
        }
        None => {
            if e.field("characters_written").is_none() {
                return Err(vm.attribute_error("characters_written".into()));
            }
            e.set_field("characters_written", None);
        }
    }
    Ok(())
}

pub const OS_ERROR_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", oserror_new),
    MethodDef::method("__init__", oserror_init),
    MethodDef::method("__str__", oserror_str),
];

pub const OS_ERROR_GETSETS: &[GetSetDef] = &[
    field!("errno", get_errno, set_errno),
    field!("strerror", get_strerror, set_strerror),
    field!("filename", get_filename, set_filename),
    field!("filename2", get_filename2, set_filename2),
    GetSetDef {
        name: "characters_written",
        get: get_characters_written,
        set: Some(set_characters_written),
    },
];

// ---- SystemExit and StopIteration ----

fn set_code(vm: &Vm, e: &ExceptionData, items: &[Value]) {
    let code = match items.len() {
        0 => None,
        1 => Some(items[0].clone()),
        _ => Some(vm.new_tuple(items.to_vec())),
    };
    e.set_field("code", code);
}

fn system_exit_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, e, items) = init_parts(vm, &args, "SystemExit")?;
    no_keywords_for(vm, &args, this)?;
    base_init(vm, e, items);
    set_code(vm, e, items);
    Ok(Value::None)
}

fn stop_iteration_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, e, items) = init_parts(vm, &args, "StopIteration")?;
    no_keywords_for(vm, &args, this)?;
    base_init(vm, e, items);
    e.set_field("value", Some(items.first().cloned().unwrap_or(Value::None)));
    Ok(Value::None)
}

pub const SYSTEM_EXIT_METHODS: &[MethodDef] = &[MethodDef::method("__init__", system_exit_init)];
pub const SYSTEM_EXIT_GETSETS: &[GetSetDef] = &[field!("code", get_code, set_code_field)];

pub const STOP_ITERATION_METHODS: &[MethodDef] =
    &[MethodDef::method("__init__", stop_iteration_init)];
pub const STOP_ITERATION_GETSETS: &[GetSetDef] = &[field!("value", get_value, set_value)];

// ---- ImportError ----

fn import_error_fill(vm: &Vm, e: &ExceptionData, items: &[Value], args: &Args) -> PyResult<()> {
    let kws = keyword_fields(vm, args, "ImportError", &["name", "path"])?;
    base_init(vm, e, items);
    e.set_field("name", None);
    e.set_field("path", None);
    for (name, value) in kws {
        e.set_field(name, Some(value));
    }
    e.set_field("msg", (items.len() == 1).then(|| items[0].clone()));
    Ok(())
}

fn import_error_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e, items) = init_parts(vm, &args, "ImportError")?;
    import_error_fill(vm, e, items, &args)?;
    Ok(Value::None)
}

fn import_error_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__str__", "ImportError")?;
    settle_fields(vm, &a[0]);
    if let Some(msg) = e.field("msg") {
        let exact_str = msg
            .as_obj()
            .is_some_and(|o| o.class.get().is_some_and(|c| Rc::ptr_eq(c, &vm.types.str)));
        if exact_str {
            return Ok(msg);
        }
    }
    args_str(vm, e.arg_items())
}

pub const IMPORT_ERROR_METHODS: &[MethodDef] = &[
    MethodDef::method("__init__", import_error_init),
    MethodDef::method("__str__", import_error_str),
];

pub const IMPORT_ERROR_GETSETS: &[GetSetDef] = &[
    field!("msg", get_msg, set_msg),
    field!("name", get_name, set_name),
    field!("path", get_path, set_path),
];

// ---- NameError and AttributeError ----

fn name_error_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e, items) = init_parts(vm, &args, "NameError")?;
    let kws = keyword_fields(vm, &args, "NameError", &["name"])?;
    base_init(vm, e, items);
    e.set_field("name", None);
    for (name, value) in kws {
        e.set_field(name, Some(value));
    }
    Ok(Value::None)
}

fn attribute_error_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, e, items) = init_parts(vm, &args, "AttributeError")?;
    let kws = keyword_fields(vm, &args, "AttributeError", &["name", "obj"])?;
    base_init(vm, e, items);
    e.set_field("name", None);
    e.set_field("obj", None);
    for (name, value) in kws {
        e.set_field(name, Some(value));
    }
    Ok(Value::None)
}

pub const NAME_ERROR_METHODS: &[MethodDef] = &[MethodDef::method("__init__", name_error_init)];
pub const NAME_ERROR_GETSETS: &[GetSetDef] = &[field!("name", get_name, set_name)];

pub const ATTRIBUTE_ERROR_METHODS: &[MethodDef] =
    &[MethodDef::method("__init__", attribute_error_init)];
pub const ATTRIBUTE_ERROR_GETSETS: &[GetSetDef] = &[
    field!("name", get_name, set_name),
    field!("obj", get_obj, set_obj),
];

/// Records `name` (and the object, for AttributeError) on an exception
/// the runtime or evaluator raises, as CPython does for failed lookups.
pub fn set_lookup_fields(err: &crate::PyErr, name: Value, obj: Option<Value>) {
    let v = err.value();
    if let Some(e) = exception_data(&v) {
        e.fields_pending.set(false);
        e.set_field("name", Some(name));
        if let Some(o) = obj {
            e.set_field("obj", Some(o));
        }
    }
}

// ---- KeyError ----

fn key_error_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__str__", "KeyError")?;
    let items = e.arg_items();
    if items.len() == 1 {
        return vm.repr(&items[0]).map(Value::Obj);
    }
    args_str(vm, items)
}

pub const KEY_ERROR_METHODS: &[MethodDef] = &[MethodDef::method("__str__", key_error_str)];

/// `(class, methods, attributes)` for every exception class with its own
/// behaviour, for `fill_types`.
pub fn kind_tables(vm: &Vm) -> Vec<(&ObjRef, &'static [MethodDef], &'static [GetSetDef])> {
    let x = &vm.exc;
    let mut tables: Vec<(&ObjRef, &'static [MethodDef], &'static [GetSetDef])> = vec![
        (&x.os_error, OS_ERROR_METHODS, OS_ERROR_GETSETS),
        (&x.system_exit, SYSTEM_EXIT_METHODS, SYSTEM_EXIT_GETSETS),
        (
            &x.stop_iteration,
            STOP_ITERATION_METHODS,
            STOP_ITERATION_GETSETS,
        ),
        (&x.import_error, IMPORT_ERROR_METHODS, IMPORT_ERROR_GETSETS),
        (&x.name_error, NAME_ERROR_METHODS, NAME_ERROR_GETSETS),
        (
            &x.attribute_error,
            ATTRIBUTE_ERROR_METHODS,
            ATTRIBUTE_ERROR_GETSETS,
        ),
        (&x.key_error, KEY_ERROR_METHODS, &[]),
    ];
    tables.extend(exception_syntax::kind_tables(vm));
    tables.extend(crate::types::exception_group::kind_tables(vm));
    tables
}
