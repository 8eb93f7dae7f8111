//! The interned-name table of one interpreter: one str object per
//! distinct identifier or attribute name, so name comparisons are pointer
//! comparisons and a name is stored once.
//!
//! It is shared (`Rc`) between the `Vm` and the builtin types' lazy
//! namespaces (`types/lazy_namespace.rs`), which intern method names when
//! a type is first used.

use std::cell::RefCell;
use std::hash::BuildHasher;
use std::rc::Rc;

use crate::object::{ClassSlot, Object, Payload};
use crate::types::str::PyStr;
use crate::value::{ObjRef, Value};

/// Interned strs, found by their text (the table holds only the str
/// objects; their text is the key).
pub struct Interner {
    names: RefCell<hashbrown::HashTable<ObjRef>>,
    hasher: hashbrown::DefaultHashBuilder,
    str_type: ObjRef,
}

/// Names interned at start-up (builtins, special methods), so the table
/// does not grow step by step while the interpreter is made.
const START_CAPACITY: usize = 512;

impl Interner {
    /// An empty table making its strs with class `str_type`.
    pub fn new(str_type: ObjRef) -> Interner {
        Interner {
            names: RefCell::new(hashbrown::HashTable::with_capacity(START_CAPACITY)),
            hasher: hashbrown::DefaultHashBuilder::default(),
            str_type,
        }
    }

    /// The interned str for `s`.
    pub fn intern(&self, s: &str) -> Value {
        let hash = self.hasher.hash_one(s);
        if let Some(o) = self.names.borrow().find(hash, |o| text(o) == s) {
            return Value::Obj(o.clone());
        }
        let o = Rc::new(Object {
            class: ClassSlot::new(Some(self.str_type.clone())),
            extra: None,
            payload: Payload::Str(PyStr::new(s)),
        });
        let hasher = &self.hasher;
        self.names
            .borrow_mut()
            .insert_unique(hash, o.clone(), |o| hasher.hash_one(text(o)));
        Value::Obj(o)
    }
}

/// The text of an interned str object.
fn text(o: &ObjRef) -> &str {
    match &o.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}
