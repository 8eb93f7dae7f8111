//! `Object`: the header every heap value shares, and `Payload`, the
//! builtin layout it carries.
//!
//! An object's class decides behaviour; its payload holds the data of the
//! builtin type instances are laid out as (the "solid base": a `class
//! D(dict)` instance carries a `Payload::Dict`). Instances of classes
//! written in Python also get a `__dict__` (a dict object) unless their
//! class declares `__slots__`, whose values live in `slots`.

use std::any::Any;
use std::cell::RefCell;

use num_bigint::BigInt;

use crate::types::dict::DictTable;
use crate::types::exception::ExceptionData;
use crate::types::function::{BoundMethod, BuiltinFunction, FunctionData};
use crate::types::iterators::{BuiltinIterator, DictPart};
use crate::types::module::ModuleData;
use crate::types::property::PropertyData;
use crate::types::range::RangeData;
use crate::types::set::SetData;
use crate::types::slice::SliceData;
use crate::types::str::PyStr;
use crate::types::super_::SuperData;
use crate::types::type_object::{Getter, Setter, TypeData};
use crate::value::{ObjRef, Value};

/// A heap object.
pub struct Object {
    /// The object's class; `None` stands for `type` itself, so builtin
    /// type objects need no reference cycle to their metaclass.
    pub class: ClassSlot,
    /// What only instances of some classes have: an instance `__dict__`
    /// and `__slots__` values (read through [`Object::dict`] and
    /// [`Object::slot_values`]). Kept behind one pointer so that an
    /// object is 112 bytes, a 128-byte block with its reference counts.
    pub extra: Option<Box<InstanceExtra>>,
    pub payload: Payload,
}

// An object and its two reference counts fill a 128-byte block; a larger
// object would take mimalloc's next size class, 160 bytes.
const _: () = assert!(std::mem::size_of::<Object>() <= 112);

/// An instance's `__dict__` and `__slots__` values.
pub struct InstanceExtra {
    /// The instance `__dict__`, a dict object, when the class gives one.
    /// `obj.__dict__ = d` puts `d` itself in the slot (see [`DictSlot`]).
    pub dict: Option<DictSlot>,
    /// Values of `__slots__` attributes, by slot index; `None` is unset.
    pub slots: Box<[RefCell<Option<Value>>]>,
}

impl InstanceExtra {
    /// The extra part of an object with this dict and these slots, if it
    /// needs one.
    pub fn new(
        dict: Option<DictSlot>,
        slots: Box<[RefCell<Option<Value>>]>,
    ) -> Option<Box<InstanceExtra>> {
        if dict.is_none() && slots.is_empty() {
            return None;
        }
        Some(Box::new(InstanceExtra { dict, slots }))
    }
}

/// The builtin data an object carries.
pub enum Payload {
    /// No builtin data: `object()` and plain user instances.
    Plain,
    Int(BigInt),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(PyStr),
    /// An immutable `bytes` (see `types/bytes.rs`).
    Bytes(crate::types::bytes::PyBytes),
    /// A mutable `bytearray`, with its count of buffer exports.
    ByteArray(crate::types::bytes::ByteArrayData),
    /// A `memoryview` (see `buffer/mod.rs`).
    MemoryView(Box<crate::types::memoryview::MemoryViewData>),
    /// An `array.array`.
    Array(Box<crate::modules::array::ArrayData>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<DictTable>),
    /// A set or frozenset (`SetData::frozen` tells which).
    Set(SetData),
    Range(Box<RangeData>),
    Slice(SliceData),
    Type(Box<TypeData>),
    Module(ModuleData),
    Function(Box<FunctionData>),
    BoundMethod(BoundMethod),
    Builtin(BuiltinFunction),
    /// A function whose body is a host program's Rust closure.
    HostFunction(Box<crate::types::host_function::HostFunction>),
    Property(Box<PropertyData>),
    StaticMethod(RefCell<Value>),
    ClassMethod(RefCell<Value>),
    Super(SuperData),
    /// A native attribute of a builtin type (`function.__name__`).
    GetSet {
        name: &'static str,
        owner: String,
        get: Getter,
        set: Option<Setter>,
    },
    /// A `__slots__` attribute: slot `index` of instances.
    Member {
        name: String,
        owner: String,
        index: usize,
    },
    /// A closure cell; `None` while the variable is unbound.
    Cell(RefCell<Option<Value>>),
    Exception(Box<ExceptionData>),
    Iterator(RefCell<BuiltinIterator>),
    /// `dict.keys()`, `values()` or `items()`: a live view of `dict`.
    DictView {
        dict: Value,
        part: DictPart,
    },
    /// A read-only live view of a mapping: a type's namespace (when the
    /// object is a type) or a dict.
    MappingProxy(ObjRef),
    NotImplemented,
    Ellipsis,
    /// Objects whose data is defined outside the runtime: the evaluator's
    /// generators and code, a host's objects.
    Native(Box<dyn Any>),
}

thread_local! {
    /// Values whose drop was deferred, so that freeing deeply nested
    /// data is a loop, not a recursion (CPython's "trashcan").
    static TRASH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static EMPTYING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl Drop for Object {
    fn drop(&mut self) {
        let mut children: Vec<Value> = match &mut self.payload {
            Payload::List(items) => std::mem::take(items.get_mut()),
            Payload::Tuple(items) => std::mem::take(items).into_vec(),
            Payload::Dict(table) => std::mem::take(table.get_mut()).into_values(),
            Payload::Cell(v) => v.get_mut().take().into_iter().collect(),
            // Chains of `__context__`/`__cause__` can be as long as a loop
            // that catches and raises ran.
            Payload::Exception(e) => vec![
                std::mem::replace(e.context.get_mut(), Value::None),
                std::mem::replace(e.cause.get_mut(), Value::None),
                std::mem::replace(e.args.get_mut(), Value::None),
            ],
            Payload::BoundMethod(m) => vec![
                std::mem::replace(&mut m.receiver, Value::None),
                std::mem::replace(&mut m.func, Value::None),
            ],
            _ => Vec::new(),
        };
        if let Some(extra) = self.extra.as_mut() {
            if let Some(d) = extra.dict.take() {
                children.push(Value::Obj(d.0.into_inner()));
            }
            children.extend(
                extra
                    .slots
                    .iter_mut()
                    .filter_map(|slot| slot.get_mut().take()),
            );
        }
        if children.is_empty() {
            return;
        }
        TRASH.with(|t| t.borrow_mut().extend(children));
        if EMPTYING.with(|e| e.replace(true)) {
            return;
        }
        while let Some(v) = TRASH.with(|t| t.borrow_mut().pop()) {
            drop(v);
        }
        EMPTYING.with(|e| e.set(false));
    }
}

/// An object's class pointer. It changes only through `__class__`
/// assignment ([`Vm::set_class`]), which keeps the previous class alive
/// in the `Vm`, so a reference handed out by [`ClassSlot::get`] never
/// dangles.
pub struct ClassSlot(std::cell::UnsafeCell<Option<ObjRef>>);

impl ClassSlot {
    pub fn new(class: Option<ObjRef>) -> ClassSlot {
        ClassSlot(std::cell::UnsafeCell::new(class))
    }

    /// The class (`None` means `type`).
    #[inline]
    pub fn get(&self) -> Option<&ObjRef> {
        // SAFETY: the slot is replaced only by `replace`, whose caller
        // keeps the old class alive for the interpreter's lifetime, and
        // objects are used from one thread.
        unsafe { (*self.0.get()).as_ref() }
    }

    /// Puts `class` in; returns the previous class, which the caller must
    /// keep alive (references to it may still be in use).
    pub fn replace(&self, class: ObjRef) -> Option<ObjRef> {
        // SAFETY: as in `get`; no reference into the slot itself is held.
        unsafe { (*self.0.get()).replace(class) }
    }
}

/// An instance's `__dict__` slot. Assigning `obj.__dict__ = d` replaces
/// the dict object itself, so several instances can share one dict (the
/// Borg pattern) and `obj.__dict__ is d` holds afterwards. Readers take
/// the dict out ([`DictSlot::get`]) or look into it briefly
/// ([`DictSlot::with`], for hot paths); nothing that can run Python code
/// happens while the slot is borrowed.
pub struct DictSlot(RefCell<ObjRef>);

impl DictSlot {
    pub fn new(dict: ObjRef) -> DictSlot {
        DictSlot(RefCell::new(dict))
    }

    /// The dict object now in the slot.
    #[inline]
    pub fn get(&self) -> ObjRef {
        self.0.borrow().clone()
    }

    /// Runs `f` on the dict object in the slot without taking a reference
    /// count; `f` must not run Python code.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&ObjRef) -> R) -> R {
        f(&self.0.borrow())
    }

    /// Puts `dict` in the slot, returning the previous dict object (`Err`
    /// gives `dict` back if the slot is being read, which cannot happen
    /// while Python code runs).
    pub fn replace(&self, dict: ObjRef) -> Result<ObjRef, ObjRef> {
        match self.0.try_borrow_mut() {
            Ok(mut slot) => Ok(std::mem::replace(&mut *slot, dict)),
            Err(_) => Err(dict),
        }
    }
}

impl Object {
    /// The instance `__dict__` object, if the object has one.
    #[inline]
    pub fn instance_dict(&self) -> Option<ObjRef> {
        self.dict().map(DictSlot::get)
    }

    /// The instance `__dict__` slot, if the object has one.
    #[inline]
    pub fn dict(&self) -> Option<&DictSlot> {
        self.extra.as_deref()?.dict.as_ref()
    }

    /// The `__slots__` values (empty unless the class declares slots).
    #[inline]
    pub fn slot_values(&self) -> &[RefCell<Option<Value>>] {
        match &self.extra {
            Some(extra) => &extra.slots,
            None => &[],
        }
    }

    /// The type data, if this object is a type.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}
