//! Exceptions: the data every exception instance carries, CPython 3.11's
//! builtin exception hierarchy, and `BaseException`'s methods.
//!
//! Behaviour particular to one branch of the hierarchy lives beside this
//! file: `exception_kinds.rs` (OSError, SystemExit, StopIteration,
//! ImportError, NameError, AttributeError, KeyError), `exception_syntax.rs`
//! (SyntaxError and the Unicode errors), `exception_group.rs` and
//! `traceback.rs` (traceback, frame and code objects).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::protocol::StrText;
use crate::types::traceback;
use crate::types::type_object::{is_subtype, type_name, GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// A source file, kept for tracebacks.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// One frame an exception passed through (entries are pushed innermost
/// first, as the exception travels outwards).
#[derive(Clone)]
pub struct TracebackEntry {
    /// Which frame activation added it (one entry per frame).
    pub frame_id: u64,
    pub file: Rc<SourceFile>,
    /// The function's name (`<module>` at module level).
    pub function: Rc<str>,
    /// 1-based line of the failing expression or statement.
    pub line: u32,
    /// Byte span of the failing expression in the source.
    pub span: (u32, u32),
    /// The frame's module namespace and local variable names, for
    /// NameError's "Did you mean" suggestion.
    pub globals: Option<ObjRef>,
    pub varnames: Rc<[Value]>,
}

/// The data of an exception instance.
pub struct ExceptionData {
    pub args: RefCell<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Attributes particular to an exception class (`errno`, `value`,
    /// `code`, ...) by name; a name not present reads as None.
    pub fields: RefCell<Vec<(&'static str, Value)>>,
    /// Made by the runtime (`vm.new_exception`) rather than by calling the
    /// class: the class-specific fields are derived from `args` on first
    /// use, as the class's `__init__` would have set them.
    pub fields_pending: Cell<bool>,
    /// The `__traceback__` object last handed out, with the number of
    /// entries it was made from, so repeated reads give the same object.
    pub traceback_object: RefCell<Option<(usize, Value)>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            fields: RefCell::new(Vec::new()),
            fields_pending: Cell::new(true),
            traceback_object: RefCell::new(None),
        }
    }

    /// A class-specific field, if it has been set.
    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }

    /// Sets (`Some`) or clears (`None`) a class-specific field.
    pub fn set_field(&self, name: &'static str, value: Option<Value>) {
        let mut fields = self.fields.borrow_mut();
        fields.retain(|(n, _)| *n != name);
        if let Some(v) = value {
            fields.push((name, v));
        }
    }

    /// The `args` tuple's items.
    pub fn arg_items(&self) -> Vec<Value> {
        match self.args.borrow().payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        }
    }
}

macro_rules! exception_types {
    ($root:ident; $($field:ident = $name:literal : $base:ident,)*) => {
        /// Every builtin exception class.
        pub struct ExceptionTypes {
            pub $root: ObjRef,
            $(pub $field: ObjRef,)*
            /// `ExceptionGroup`, the one builtin exception with two bases.
            pub exception_group: ObjRef,
        }

        impl ExceptionTypes {
            /// Makes the hierarchy, parents before children.
            pub fn new(make: &mut dyn FnMut(&'static str, &ObjRef) -> ObjRef, root: ObjRef) -> ExceptionTypes {
                let $root = root;
                $(let $field = make($name, &$base);)*
                let exception_group = $root.clone();
                let mut types = ExceptionTypes { $root, $($field,)* exception_group };
                types.exception_group = crate::types::exception_group::make_exception_group_type(
                    &types.base_exception_group,
                    &types.exception,
                );
                types
            }

            /// `(name, class)` for every builtin exception.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![
                    ("BaseException", &self.$root),
                    $(($name, &self.$field),)*
                    ("ExceptionGroup", &self.exception_group),
                ]
            }
        }
    };
}

exception_types! {
    base_exception;
    base_exception_group = "BaseExceptionGroup": base_exception,
    exception = "Exception": base_exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    interrupted_error = "InterruptedError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    stop_async_iteration = "StopAsyncIteration": exception,
    stop_iteration = "StopIteration": exception,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    bytes_warning = "BytesWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    encoding_warning = "EncodingWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    resource_warning = "ResourceWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    user_warning = "UserWarning": warning,
    generator_exit = "GeneratorExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    system_exit = "SystemExit": base_exception,
}

/// The exception data of an exception instance.
pub fn exception_data(v: &Value) -> Option<&ExceptionData> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

/// A new instance of exception class `cls` whose `args` is `args` (a
/// tuple), as `BaseException.__new__` makes it: class-specific fields
/// are left to `__init__`.
pub fn new_exception_instance(vm: &Vm, cls: &ObjRef, args: Value) -> Value {
    let data = ExceptionData::new(args);
    data.fields_pending.set(false);
    vm.new_object(cls.clone(), Payload::Exception(Box::new(data)))
}

/// Checks the class argument of an exception `__new__`.
pub fn exception_class_arg<'a>(vm: &Vm, v: Option<&'a Value>, owner: &str) -> PyResult<&'a ObjRef> {
    let Some(v) = v else {
        return Err(vm.type_error(format!("{owner}.__new__(): not enough arguments")));
    };
    let Some(cls) = v.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error(format!(
            "{owner}.__new__(X): X is not a type object ({})",
            vm.type_name_of(v)
        )));
    };
    if !is_subtype(cls, &vm.exc.base_exception) {
        let name = type_name(cls);
        return Err(vm.type_error(format!(
            "{owner}.__new__({name}): {name} is not a subtype of BaseException"
        )));
    }
    Ok(cls)
}

fn exc_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let cls = exception_class_arg(vm, pos.first(), "BaseException")?;
    let exc_args = vm.new_tuple(pos[1..].to_vec());
    Ok(new_exception_instance(vm, cls, exc_args))
}

/// Fails with "X() takes no keyword arguments", X the instance's class.
pub fn no_keywords_for(vm: &Vm, args: &Args, instance: &Value) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name_of(instance)
        )));
    }
    Ok(())
}

fn exc_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error(
            "descriptor '__init__' of 'BaseException' object needs an argument".into(),
        ));
    };
    let e = exc_method_self(vm, this, "__init__", "BaseException")?;
    no_keywords_for(vm, &args, this)?;
    *e.args.borrow_mut() = vm.new_tuple(pos[1..].to_vec());
    Ok(Value::None)
}

/// The exception data of a method's `self`, or CPython's descriptor
/// TypeError.
pub fn exc_method_self<'a>(
    vm: &Vm,
    v: &'a Value,
    method: &str,
    owner: &str,
) -> PyResult<&'a ExceptionData> {
    exception_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a '{owner}' object but received a '{}'",
            vm.type_name_of(v)
        ))
    })
}

fn exc_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    exception_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor for 'BaseException' objects doesn't apply to a '{}' object",
            vm.type_name_of(v)
        ))
    })
}

/// `BaseException.__str__` of an args tuple's items.
pub fn args_str(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    match items.len() {
        0 => Ok(vm.new_str(String::new())),
        1 => vm.str(&items[0]).map(Value::Obj),
        _ => vm.repr(&vm.new_tuple(items)).map(Value::Obj),
    }
}

fn exc_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__str__", "BaseException")?;
    args_str(vm, e.arg_items())
}

fn exc_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let e = exc_method_self(vm, &a[0], "__repr__", "BaseException")?;
    let name = vm.type_name_of(&a[0]);
    let items = e.arg_items();
    if items.len() == 1 {
        let r = vm.repr(&items[0])?;
        return Ok(vm.new_str(format!("{name}({})", r.as_str_or_empty())));
    }
    let r = vm.repr(&vm.new_tuple(items))?;
    Ok(vm.new_str(format!("{name}{}", r.as_str_or_empty())))
}

fn exc_with_traceback(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "with_traceback", 2, 2)?;
    let e = exc_method_self(vm, &a[0], "with_traceback", "BaseException")?;
    set_traceback_value(vm, e, &a[1])?;
    Ok(a[0].clone())
}

/// Gives an exception the traceback `tb` (a traceback object or None).
pub fn set_traceback_value(vm: &Vm, e: &ExceptionData, tb: &Value) -> PyResult<()> {
    if tb.is_none() {
        e.traceback.borrow_mut().clear();
        *e.traceback_object.borrow_mut() = None;
        return Ok(());
    }
    let Some(entries) = traceback::traceback_entries(tb) else {
        return Err(vm.type_error("__traceback__ must be a traceback or None".into()));
    };
    let n = entries.len();
    *e.traceback.borrow_mut() = entries;
    *e.traceback_object.borrow_mut() = Some((n, tb.clone()));
    Ok(())
}

fn exc_add_note(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "add_note", 2, 2)?;
    exc_method_self(vm, &a[0], "add_note", "BaseException")?;
    if a[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name_of(&a[1])
        )));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match vm.lookup_attr(&a[0], &notes_name)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_attr(&a[0], &notes_name, l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(a[1].clone()),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list".into())),
    }
    Ok(Value::None)
}

fn get_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_self(vm, v)?.args.borrow().clone())
}

fn set_args(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = exc_self(vm, v)?;
    let new = new.ok_or_else(|| vm.type_error("args may not be deleted".into()))?;
    let items = vm.collect(&new)?;
    *e.args.borrow_mut() = vm.new_tuple(items);
    Ok(())
}

fn get_cause(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_self(vm, v)?.cause.borrow().clone())
}

/// Sets `__cause__` (and `__suppress_context__`), as `raise ... from`
/// and assignment do.
pub fn set_cause_value(vm: &Vm, e: &ExceptionData, new: Value) -> PyResult<()> {
    if !new.is_none() && exception_data(&new).is_none() {
        return Err(
            vm.type_error("exception cause must be None or derive from BaseException".into())
        );
    }
    *e.cause.borrow_mut() = new;
    e.suppress_context.set(true);
    Ok(())
}

fn set_cause(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = exc_self(vm, v)?;
    let new = new.ok_or_else(|| vm.type_error("__cause__ may not be deleted".into()))?;
    set_cause_value(vm, e, new)
}

fn get_context(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_self(vm, v)?.context.borrow().clone())
}

fn set_context(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = exc_self(vm, v)?;
    let new = new.ok_or_else(|| vm.type_error("__context__ may not be deleted".into()))?;
    if !new.is_none() && exception_data(&new).is_none() {
        return Err(
            vm.type_error("exception context must be None or derive from BaseException".into())
        );
    }
    *e.context.borrow_mut() = new;
    Ok(())
}

fn get_suppress(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(exc_self(vm, v)?.suppress_context.get()))
}

fn set_suppress(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = exc_self(vm, v)?;
    match new {
        Some(Value::Bool(b)) => {
            e.suppress_context.set(b);
            Ok(())
        }
        Some(_) => Err(vm.type_error("attribute value type must be bool".into())),
        None => Err(vm.type_error("can't delete numeric/char attribute".into())),
    }
}

fn get_traceback(vm: &Vm, v: &Value) -> PyResult<Value> {
    let e = exc_self(vm, v)?;
    Ok(traceback::exception_traceback(vm, e))
}

fn set_traceback(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = exc_self(vm, v)?;
    let new = new.ok_or_else(|| vm.type_error("__traceback__ may not be deleted".into()))?;
    set_traceback_value(vm, e, &new)
}

pub const EXCEPTION_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", exc_new),
    MethodDef::method("__init__", exc_init),
    MethodDef::method("__str__", exc_str),
    MethodDef::method("__repr__", exc_repr),
    MethodDef::method("with_traceback", exc_with_traceback),
    MethodDef::method("add_note", exc_add_note),
];

pub const EXCEPTION_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "args",
        get: get_args,
        set: Some(set_args),
    },
    GetSetDef {
        name: "__cause__",
        get: get_cause,
        set: Some(set_cause),
    },
    GetSetDef {
        name: "__context__",
        get: get_context,
        set: Some(set_context),
    },
    GetSetDef {
        name: "__suppress_context__",
        get: get_suppress,
        set: Some(set_suppress),
    },
    GetSetDef {
        name: "__traceback__",
        get: get_traceback,
        set: Some(set_traceback),
    },
];

#[cfg(test)]
#[path = "exception_tests.rs"]
mod tests;
