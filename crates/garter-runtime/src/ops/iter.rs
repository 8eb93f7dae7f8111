//! The iterator protocol: `iter()`, `next()`, and collecting an iterable,
//! with fast paths for builtin containers and CPython's fallback to the
//! old `__getitem__` sequence protocol.

use std::cell::RefCell;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::iterators::{builtin_next, BuiltinIterator};
use crate::value::Value;
use crate::Vm;

impl Vm {
    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if crate::types::dict::is_builtin(o) {
                let (cls, state) = match &o.payload {
                    Payload::List(_) => (
                        &self.types.list_iterator,
                        BuiltinIterator::List {
                            seq: v.clone(),
                            index: 0,
                        },
                    ),
                    Payload::Tuple(_) => (
                        &self.types.tuple_iterator,
                        BuiltinIterator::Tuple {
                            seq: v.clone(),
                            index: 0,
                        },
                    ),
                    Payload::Iterator(_) => return Ok(v.clone()),
                    _ => return self.iter_slow(v),
                };
                return Ok(self.new_object(cls.clone(), Payload::Iterator(RefCell::new(state))));
            }
        }
        self.iter_slow(v)
    }

    fn iter_slow(&self, v: &Value) -> PyResult<Value> {
        let t = self.class_of(v).as_type();
        match t.and_then(|t| t.dunder(Dunder::Iter)) {
            Some(Value::None) => {}
            Some(f) => {
                let it = self.call(&f, Args::positional(std::slice::from_ref(v)))?;
                let has_next = self
                    .class_of(&it)
                    .as_type()
                    .is_some_and(|t| t.dunder(Dunder::Next).is_some());
                if !has_next {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name_of(&it)
                    )));
                }
                return Ok(it);
            }
            None => {
                if t.and_then(|t| t.dunder(Dunder::GetItem)).is_some() {
                    return Ok(self.new_object(
                        self.types.iterator.clone(),
                        Payload::Iterator(RefCell::new(BuiltinIterator::Sequence {
                            seq: v.clone(),
                            index: 0,
                        })),
                    ));
                }
            }
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name_of(v))))
    }

    /// `next(it)`, with `None` for exhaustion instead of StopIteration.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        // A tick (see `vm/limits.rs`): every for loop and every native
        // consumer of an iterable (sum, join, list, ...) can be stopped.
        self.check_interrupt()?;
        match it.payload() {
            Some(Payload::Iterator(state)) => return builtin_next(self, state),
            Some(Payload::Native(_)) => {
                if let Some(hook) = self.native_next.get() {
                    if let Some(r) = hook(self, it) {
                        return r;
                    }
                }
            }
            _ => {}
        }
        let f = self
            .class_of(it)
            .as_type()
            .and_then(|t| t.dunder(Dunder::Next));
        let Some(f) = f else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name_of(it)
            )));
        };
        match self.call(&f, Args::positional(std::slice::from_ref(it))) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if crate::types::dict::is_builtin(o) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        if let Some(Payload::Range(r)) = v.payload() {
            let n = num_traits::ToPrimitive::to_usize(&r.length()).unwrap_or(usize::MAX);
            self.reserve_memory(n.saturating_mul(std::mem::size_of::<Value>()))?;
            out.try_reserve_exact(n).map_err(|_| self.memory_error())?;
        }
        let it = self.iter(v)?;
        while let Some(x) = self.next(&it)? {
            if out.len() == out.capacity() {
                self.reserve_memory(out.len().max(8) * std::mem::size_of::<Value>())?;
                out.try_reserve(out.len().max(8))
                    .map_err(|_| self.memory_error())?;
            }
            out.push(x);
        }
        Ok(out)
    }
}
