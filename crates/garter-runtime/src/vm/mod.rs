//! `Vm`: one interpreter's runtime state, and the small constructors the
//! rest of the runtime builds values with.
//!
//! Nothing is global: builtin types, interned names and the module table
//! all hang off a `Vm`, so several interpreters live in one process. The
//! evaluator plugs in through the [`Evaluator`] trait to run Python code
//! (function bodies) on the runtime's behalf.

mod bootstrap;
mod errors;
mod interner;
mod limits;
mod memory;
mod recursion;
mod sandbox;
mod teardown;

use std::cell::{Cell, OnceCell, RefCell};
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::args::Args;
use crate::error::PyResult;
use crate::modules::garter_os::os_error::os_error;
use crate::object::{ClassSlot, DictSlot, Object, Payload};
use crate::types::dict::DictTable;
use crate::types::exception::ExceptionTypes;
use crate::types::function::BoundMethod;
use crate::types::lazy_namespace::MethodFactory;
use crate::types::str::PyStr;
use crate::types::type_object::{MethodKind, NativeFn};
use crate::value::{ObjRef, Value};

pub use bootstrap::{record as record_lazy, BuiltinTypes};
pub use interner::Interner;
pub use limits::CancelHandle;
pub use memory::MeteredAllocator;
pub use recursion::DepthGuard;
pub use sandbox::{Capabilities, Capability};

/// What the runtime needs from the evaluator.
pub trait Evaluator {
    /// Runs a Python function (a `Payload::Function` object) with `args`.
    fn call_function(&self, vm: &Vm, func: &ObjRef, args: Args) -> PyResult<Value>;
    /// `super()` with no arguments: the `__class__` cell and first
    /// argument of the innermost Python frame.
    fn zero_arg_super(&self, vm: &Vm) -> PyResult<(Value, Value)>;
    /// `globals()` of the innermost Python frame.
    fn globals(&self, vm: &Vm) -> PyResult<Value>;
    /// `locals()` of the innermost Python frame.
    fn locals(&self, vm: &Vm) -> PyResult<Value>;
    /// Imports a module the runtime does not make itself (the evaluator's
    /// native modules, `.py` files, embedded sources): `None` if there is
    /// none.
    fn import_source(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>>;
    /// Gives other Python threads a turn: called when
    /// [`Vm::switch_ticks`] runs out.
    fn switch_threads(&self, vm: &Vm) -> PyResult<()>;
    /// The evaluator itself, for the evaluator's own native functions to
    /// find it.
    fn as_any(&self) -> &dyn std::any::Any;
    /// `compile(source, filename, mode)`: a code object, or the
    /// SyntaxError the source has (reported as coming from `filename`).
    fn compile_source(
        &self,
        vm: &Vm,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> PyResult<Value>;
    /// Runs a code object made by [`Evaluator::compile_source`] with the
    /// module namespace `globals` (a dict) and the namespace `locals` for
    /// its top-level names (`None`: the globals). Returns an "eval" code's
    /// value, else None.
    fn run_code(
        &self,
        vm: &Vm,
        code: &Value,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<Value>;
}

/// What `compile()` turns source into (its `mode` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompileMode {
    /// A module's statements (`"exec"`).
    Exec,
    /// One expression, whose value running it gives (`"eval"`).
    Eval,
    /// One interactive statement (`"single"`).
    Single,
}

/// One interpreter's runtime.
pub struct Vm {
    pub types: BuiltinTypes,
    pub exc: ExceptionTypes,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// The `builtins` module's namespace (a dict object).
    pub builtins: ObjRef,
    /// `sys.modules` (a dict object).
    pub modules: ObjRef,
    /// Interned names; shared with `method_factory`.
    interner: Rc<Interner>,
    /// Makes builtin method objects, now or when a builtin type is first
    /// used.
    pub method_factory: Rc<MethodFactory>,
    evaluator: RefCell<Option<Rc<dyn Evaluator>>>,
    pub(crate) depth: Cell<u32>,
    pub(crate) recursion_limit: Cell<u32>,
    pub(crate) stack_floor: Cell<usize>,
    pub stdout: RefCell<Box<dyn Write>>,
    pub stderr: RefCell<Box<dyn Write>>,
    /// Where `input()` and `sys.stdin` read from: a host's reader, or
    /// the process's stdin when `None`.
    pub stdin: RefCell<Option<Box<dyn std::io::BufRead>>>,
    pub argv: RefCell<Vec<String>>,
    /// The `sys` module once made (see `Vm::sys_module`).
    pub sys: OnceCell<Value>,
    /// The directories `sys.path` starts with.
    pub sys_path: RefCell<Vec<String>>,
    /// The exception being handled (`sys.exc_info()`, implicit chaining).
    pub handling: RefCell<Vec<Value>>,
    /// Containers whose `repr` is in progress (`[...]` for cycles).
    pub repr_active: RefCell<Vec<usize>>,
    /// One-character strings for ASCII, shared, each made on first use.
    ascii_chars: [OnceCell<Value>; 128],
    /// Classes replaced by `__class__` assignment, kept alive because
    /// references to them may still be in use (see `ClassSlot`).
    retired_classes: RefCell<Vec<ObjRef>>,
    /// `next()` for iterators defined outside the runtime (the evaluator's
    /// generators), tried before `__next__`; `None` means "not mine".
    pub native_next: Cell<Option<NativeNext>>,
    /// Set from any thread (a Ctrl-C handler, a host's cancel button) to
    /// make the running code raise KeyboardInterrupt at its next call or
    /// loop iteration; cleared when raised.
    pub interrupt: Arc<AtomicBool>,
    /// `__release_buffer__` calls of views dropped without `release()`
    /// (`buffer/release.rs`), run at the evaluator's next check point.
    pub pending_releases: Rc<crate::buffer::release::PendingReleases>,
    /// Check points (calls, loop iterations) left before the running
    /// Python thread must give others a turn ([`Evaluator::switch_threads`]),
    /// counted down a slice at a time by the limits' slow check
    /// (`limits.rs`); 0 while only one thread exists.
    pub switch_ticks: Cell<u32>,
    /// What the script may reach outside the interpreter (`sandbox.rs`).
    granted: sandbox::Granted,
    /// Time, step and cancel limits of a run (`limits.rs`).
    limits: limits::Limits,
    /// The memory ceiling and count (`memory.rs`).
    memory: memory::MemoryMeter,
    /// The classes a host program made for its Rust types, by the Rust
    /// type's id (see `types/host_function.rs`).
    pub host_classes: RefCell<Vec<(std::any::TypeId, ObjRef)>>,
    /// Every file the program opened, so that those still open when the
    /// process exits are written out even if a reference cycle keeps
    /// them alive (see `Vm::release_program`).
    pub(crate) open_files: RefCell<Vec<std::rc::Weak<Object>>>,
}

/// See [`Vm::native_next`].
pub type NativeNext = fn(&Vm, &Value) -> Option<PyResult<Option<Value>>>;

impl Vm {
    /// A fresh runtime writing to the process's stdout and stderr.
    pub fn new() -> Vm {
        let (types, exc) = bootstrap::make_types();
        let interner = Rc::new(Interner::new(types.str.clone()));
        let method_factory = Rc::new(MethodFactory::new(
            interner.clone(),
            types.builtin_function.clone(),
            types.method_descriptor.clone(),
            types.wrapper_descriptor.clone(),
            types.getset_descriptor.clone(),
        ));
        // `builtins` holds about 270 names once installed.
        let builtins = new_dict_of(&types.dict, DictTable::with_capacity(300));
        let modules = new_dict_of(&types.dict, DictTable::new());
        let mut vm = Vm {
            not_implemented: Value::None,
            ellipsis: Value::None,
            empty_tuple: Value::None,
            builtins,
            modules,
            types,
            exc,
            interner,
            method_factory,
            evaluator: RefCell::new(None),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_floor: Cell::new(0),
            stdout: RefCell::new(Box::new(std::io::BufWriter::new(std::io::stdout()))),
            stderr: RefCell::new(Box::new(std::io::stderr())),
            stdin: RefCell::new(None),
            argv: RefCell::new(Vec::new()),
            sys: OnceCell::new(),
            sys_path: RefCell::new(Vec::new()),
            handling: RefCell::new(Vec::new()),
            repr_active: RefCell::new(Vec::new()),
            ascii_chars: std::array::from_fn(|_| OnceCell::new()),
            native_next: Cell::new(None),
            retired_classes: RefCell::new(Vec::new()),
            interrupt: Arc::new(AtomicBool::new(false)),
            pending_releases: Rc::default(),
            switch_ticks: Cell::new(0),
            granted: sandbox::Granted::default(),
            limits: limits::Limits::default(),
            memory: memory::MemoryMeter::default(),
            host_classes: RefCell::new(Vec::new()),
            open_files: RefCell::new(Vec::new()),
        };
        vm.not_implemented = vm.new_object(
            vm.types.not_implemented_type.clone(),
            Payload::NotImplemented,
        );
        vm.ellipsis = vm.new_object(vm.types.ellipsis_type.clone(), Payload::Ellipsis);
        vm.empty_tuple = vm.new_object(vm.types.tuple.clone(), Payload::Tuple(Box::new([])));
        bootstrap::fill_types(&vm);
        crate::builtins::install(&vm);
        vm
    }

    /// Connects the evaluator that runs Python code.
    pub fn set_evaluator(&self, e: Rc<dyn Evaluator>) {
        *self.evaluator.borrow_mut() = Some(e);
    }

    /// The evaluator, for calling back into Python code.
    pub fn evaluator(&self) -> PyResult<Rc<dyn Evaluator>> {
        self.evaluator
            .borrow()
            .clone()
            .ok_or_else(|| self.runtime_error("no evaluator is connected".into()))
    }

    /// The class of a value.
    #[inline]
    pub fn class_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        match v {
            Value::Obj(o) => o.class.get().unwrap_or(&self.types.type_),
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool,
            Value::None => &self.types.none_type,
        }
    }

    /// `type(v).__name__`.
    pub fn type_name_of(&self, v: &Value) -> String {
        crate::types::type_object::type_name(self.class_of(v))
    }

    /// A new object of class `cls`, with a `__dict__` and slots as the
    /// class asks.
    #[inline]
    pub fn new_object(&self, cls: ObjRef, payload: Payload) -> Value {
        let (dict, nslots) = match cls.as_type() {
            Some(t) => (t.instance_dict, t.slot_count),
            None => (false, 0),
        };
        // Most objects have neither an instance dict nor slots.
        let extra = if dict || nslots > 0 {
            let dict = dict.then(|| DictSlot::new(self.new_dict_ref(DictTable::new())));
            let slots = (0..nslots).map(|_| RefCell::new(None)).collect();
            crate::object::InstanceExtra::new(dict, slots)
        } else {
            None
        };
        Value::Obj(Rc::new(Object {
            class: ClassSlot::new(Some(cls)),
            extra,
            payload,
        }))
    }

    fn new_dict_ref(&self, t: DictTable) -> ObjRef {
        new_dict_of(&self.types.dict, t)
    }

    /// A new dict object.
    pub fn new_dict_obj(&self, t: DictTable) -> ObjRef {
        self.new_dict_ref(t)
    }

    pub fn new_dict(&self, t: DictTable) -> Value {
        Value::Obj(self.new_dict_ref(t))
    }

    /// The interned str for `s`: one object per distinct name.
    pub fn intern(&self, s: &str) -> Value {
        self.interner.intern(s)
    }

    pub fn new_str(&self, s: String) -> Value {
        Value::Obj(Rc::new(Object {
            class: ClassSlot::new(Some(self.types.str.clone())),
            extra: None,
            payload: Payload::Str(PyStr::new(s)),
        }))
    }

    /// A str value returned as its object reference.
    pub fn new_str_obj(&self, s: String) -> ObjRef {
        match self.new_str(s) {
            Value::Obj(o) => o,
            _ => self.types.str.clone(),
        }
    }

    /// Changes an object's class (`__class__` assignment; the caller has
    /// checked the layouts agree).
    pub fn set_class(&self, obj: &ObjRef, cls: ObjRef) {
        if let Some(old) = obj.class.replace(cls) {
            self.retired_classes.borrow_mut().push(old);
        }
    }

    /// A one-character str.
    #[inline]
    pub fn char_value(&self, c: char) -> Value {
        match self.ascii_chars.get(c as usize) {
            Some(cell) => cell.get_or_init(|| self.new_str(c.to_string())).clone(),
            None => self.new_str(c.to_string()),
        }
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Rc::new(Object {
            class: ClassSlot::new(Some(self.types.list.clone())),
            extra: None,
            payload: Payload::List(RefCell::new(items)),
        }))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(Rc::new(Object {
            class: ClassSlot::new(Some(self.types.tuple.clone())),
            extra: None,
            payload: Payload::Tuple(items.into_boxed_slice()),
        }))
    }

    /// The items of a tuple value (empty for anything else).
    pub fn tuple_items(&self, v: &Value) -> Vec<Value> {
        match v.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        }
    }

    /// A builtin function or method.
    pub fn new_builtin(
        &self,
        name: &'static str,
        func: NativeFn,
        kind: MethodKind,
        owner: Option<String>,
    ) -> Value {
        self.method_factory.builtin(name, func, kind, owner)
    }

    /// A builtin method bound to its receiver (`[].append`), typed
    /// `builtin_function_or_method` as in CPython.
    pub fn new_bound_builtin(&self, receiver: Value, func: Value) -> Value {
        self.new_object(
            self.types.builtin_function.clone(),
            Payload::BoundMethod(BoundMethod { receiver, func }),
        )
    }

    /// `receiver.func` bound.
    pub fn new_bound_method(&self, receiver: Value, func: Value) -> Value {
        self.new_object(
            self.types.method.clone(),
            Payload::BoundMethod(BoundMethod { receiver, func }),
        )
    }

    /// A new builtin type (for the evaluator's and hosts' native types).
    pub fn new_native_type(
        &self,
        name: impl Into<std::borrow::Cow<'static, str>>,
        methods: &'static [crate::types::type_object::MethodDef],
        getsets: &'static [crate::types::type_object::GetSetDef],
    ) -> ObjRef {
        bootstrap::native_type(self, name, methods, getsets)
    }

    /// As [`Vm::new_native_type`], for a type whose `__module__` is
    /// `module` (also set when the type is first used).
    pub fn new_native_type_in(
        &self,
        module: &'static str,
        name: impl Into<std::borrow::Cow<'static, str>>,
        methods: &'static [crate::types::type_object::MethodDef],
        getsets: &'static [crate::types::type_object::GetSetDef],
    ) -> ObjRef {
        let cls = bootstrap::native_type(self, name, methods, getsets);
        let module = self.intern(module);
        bootstrap::record(self, &cls, |l| l.add_value("__module__", module));
        cls
    }

    /// A name from the `builtins` namespace.
    pub fn builtins_get(&self, name: &str) -> PyResult<Value> {
        crate::types::dict::obj_dict_table(&self.builtins)
            .and_then(|t| t.borrow().get_str(&self.intern(name)))
            .ok_or_else(|| self.name_error(format!("name '{name}' is not defined")))
    }

    /// Whether `v` is an instance of `cls` by MRO (no `__instancecheck__`).
    #[inline]
    pub fn is_instance_of(&self, v: &Value, cls: &ObjRef) -> bool {
        crate::types::type_object::is_subtype(self.class_of(v), cls)
    }

    /// Writes to the interpreter's stdout.
    pub fn write_stdout(&self, s: &str) -> PyResult<()> {
        self.stdout
            .borrow_mut()
            .write_all(s.as_bytes())
            .map_err(|e| os_error(self, &e, None))
    }

    /// Flushes stdout (at exit, and before reading input).
    pub fn flush_stdout(&self) {
        let _ = self.stdout.borrow_mut().flush();
    }
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

/// A dict object of class `dict_type` holding `t`.
fn new_dict_of(dict_type: &ObjRef, t: DictTable) -> ObjRef {
    Rc::new(Object {
        class: ClassSlot::new(Some(dict_type.clone())),
        extra: None,
        payload: Payload::Dict(RefCell::new(t)),
    })
}
