//! The interned-name table of one interpreter: one str object per
//! distinct identifier or attribute name, so name comparisons are pointer
//! comparisons and a name is stored once.
//!
//! It is shared (`Rc`) between the `Vm` and the builtin types' lazy
//! namespaces (`types/lazy_namespace.rs`), which intern method names when
//! a type is first used.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{ClassSlot, Object, Payload};
use crate::types::str::PyStr;
use crate::value::{ObjRef, Value};

/// Interned strs by their text.
pub struct Interner {
    names: RefCell<hashbrown::HashMap<Box<str>, ObjRef>>,
    str_type: ObjRef,
}

impl Interner {
    /// An empty table making its strs with class `str_type`.
    pub fn new(str_type: ObjRef) -> Interner {
        Interner {
            names: RefCell::new(hashbrown::HashMap::new()),
            str_type,
        }
    }

    /// The interned str for `s`.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(o) = self.names.borrow().get(s) {
            return Value::Obj(o.clone());
        }
        let o = Rc::new(Object {
            class: ClassSlot::new(Some(self.str_type.clone())),
            dict: None,
            slots: Box::new([]),
            payload: Payload::Str(PyStr::new(s.to_string())),
        });
        self.names.borrow_mut().insert(s.into(), o.clone());
        Value::Obj(o)
    }
}
