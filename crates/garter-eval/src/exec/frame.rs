//! `Frame`: one activation of a code object — its local slots, cells,
//! namespaces and, for generators, the point it yields through.
//!
//! Frames are shared (`&Frame`) between the evaluator and introspection
//! (`locals()`, `super()`), so locals live in `Slots`, an interior-mutable
//! array that never hands out references to its contents.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

use garter_runtime::{ObjRef, Value};

use crate::exec::generator::Yielder;
use crate::ir::Code;

/// Local variable slots; `None` is an unbound variable.
pub struct Slots(UnsafeCell<Vec<Option<Value>>>);

impl Slots {
    /// Slots already holding their values.
    pub fn from_filled(v: Vec<Option<Value>>) -> Slots {
        Slots(UnsafeCell::new(v))
    }

    /// Empties the slots, handing back the vector for reuse.
    pub fn take_vec(&self) -> Vec<Option<Value>> {
        // SAFETY: as in `get`.
        unsafe { std::mem::take(&mut *self.0.get()) }
    }

    /// The value in slot `i`, if bound.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        // SAFETY: no reference into the vector outlives a method call, and
        // frames are used from one thread.
        unsafe { (&*self.0.get()).get(i).cloned().flatten() }
    }

    /// Binds slot `i`; the old value is dropped after the slot is updated.
    #[inline]
    pub fn set(&self, i: usize, v: Option<Value>) -> Option<Value> {
        // SAFETY: as in `get`.
        unsafe {
            match (&mut *self.0.get()).get_mut(i) {
                Some(slot) => std::mem::replace(slot, v),
                None => None,
            }
        }
    }
}

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<Code>,
    pub locals: Slots,
    /// Own cells (`code.cellvars`), then the closure's free variables.
    pub cells: Rc<[ObjRef]>,
    /// The module namespace (a dict object).
    pub globals: ObjRef,
    /// The class-body namespace while a class body runs.
    pub ns: Option<ObjRef>,
    /// The list, set or dict a comprehension is building.
    pub acc: Option<Value>,
    /// Set while the frame runs as a generator.
    pub yielder: Cell<Option<*const Yielder>>,
    /// Distinguishes activations, so each adds one traceback entry.
    pub id: u64,
    /// The dict `locals()` returned in a function frame, refreshed and
    /// returned again by later calls: as in CPython 3.11, names `exec`
    /// stored in it stay there.
    pub locals_dict: RefCell<Option<ObjRef>>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: ObjRef, cells: Vec<ObjRef>, id: u64) -> Frame {
        let n = code.nlocals;
        Frame::with_filled_slots(code, globals, cells.into(), id, vec![None; n])
    }

    /// A frame whose local slots are `slots` as given (arguments bound).
    pub fn with_filled_slots(
        code: Rc<Code>,
        globals: ObjRef,
        cells: Rc<[ObjRef]>,
        id: u64,
        slots: Vec<Option<Value>>,
    ) -> Frame {
        Frame {
            code,
            locals: Slots::from_filled(slots),
            cells,
            globals,
            ns: None,
            acc: None,
            yielder: Cell::new(None),
            id,
            locals_dict: RefCell::new(None),
        }
    }
}
