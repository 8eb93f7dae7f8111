//! The object protocols every type shares: truth, `len`, `repr`/`str`,
//! `format`, equality and ordering, and item access, each dispatched
//! through the special-method cache with CPython's fallbacks.

use crate::args::Args;
use crate::dunder::{CompareOp, Dunder};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::is_subtype;
use crate::value::{ObjRef, Value};
use crate::Vm;

impl Vm {
    /// `bool(v)`: `__bool__`, then `__len__`, else true.
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(*b),
            Value::None => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(*f != 0.0),
            Value::Obj(o) if crate::types::dict::is_builtin(o) => match &o.payload {
                Payload::Str(s) => return Ok(s.char_len() != 0),
                Payload::List(l) => return Ok(!l.borrow().is_empty()),
                Payload::Tuple(t) => return Ok(!t.is_empty()),
                Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                _ => {}
            },
            _ => {}
        }
        if let Some(r) = self.call_dunder(v, Dunder::Bool, &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name_of(&r)
                ))),
            };
        }
        if self
            .class_of(v)
            .as_type()
            .and_then(|t| t.dunder(Dunder::Len))
            .is_some()
        {
            return Ok(self.len(v)? != 0);
        }
        Ok(true)
    }

    /// `len(v)`.
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if crate::types::dict::is_builtin(o) {
                match &o.payload {
                    Payload::Str(s) => return Ok(s.char_len()),
                    Payload::List(l) => return Ok(l.borrow().len()),
                    Payload::Tuple(t) => return Ok(t.len()),
                    Payload::Dict(d) => return Ok(d.borrow().len()),
                    _ => {}
                }
            }
        }
        match self.call_dunder(v, Dunder::Len, &[])? {
            Some(r) => {
                if !crate::types::int::is_int(&r)
                    && self
                        .class_of(&r)
                        .as_type()
                        .and_then(|t| t.dunder(Dunder::Index))
                        .is_none()
                {
                    return Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name_of(&r)
                    )));
                }
                let n = self.index_value(&r).map_err(|e| {
                    if self.err_matches(&e, &self.exc.index_error) {
                        self.overflow_error("cannot fit 'int' into an index-sized integer".into())
                    } else {
                        e
                    }
                })?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0".into()));
                }
                usize::try_from(n).map_err(|_| {
                    self.overflow_error("cannot fit 'int' into an index-sized integer".into())
                })
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name_of(v)
            ))),
        }
    }

    /// `repr(v)` as a str object.
    pub fn repr(&self, v: &Value) -> PyResult<ObjRef> {
        let _guard = self.enter(" while getting the repr of an object")?;
        let r = match self.call_dunder(v, Dunder::Repr, &[])? {
            Some(r) => r,
            None => return Ok(self.new_str_obj(String::from("<object>"))),
        };
        match r {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o),
            other => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                self.type_name_of(&other)
            ))),
        }
    }

    /// `str(v)` as a str object.
    pub fn str(&self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            if let Payload::Str(_) = o.payload {
                if crate::types::dict::is_builtin(o) {
                    return Ok(o.clone());
                }
            }
        }
        let _guard = self.enter(" while getting the str of an object")?;
        let r = match self.call_dunder(v, Dunder::Str, &[])? {
            Some(r) => r,
            None => return self.repr(v),
        };
        match r {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o),
            other => Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                self.type_name_of(&other)
            ))),
        }
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.as_str_or_empty().to_string())
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.as_str_or_empty().to_string())
    }

    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: &str) -> PyResult<String> {
        let spec_v = self.new_str(spec.to_string());
        match self.call_dunder(v, Dunder::Format, &[spec_v])? {
            Some(r) => match r.as_str() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name_of(&r)
                ))),
            },
            None => self.str_string(v),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(eq) = crate::types::dict::native_key_eq(a, b) {
            return Ok(eq);
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        self.truthy(&r)
    }

    /// A rich comparison with CPython's dispatch: the right operand's
    /// reflected method first when its type is a proper subclass of the
    /// left's, `NotImplemented` falling through, and `==`/`!=` falling
    /// back to identity.
    pub fn compare(&self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if let Some(r) = crate::ops::arith::compare_numbers(a, b, op) {
            return Ok(Value::Bool(r));
        }
        let _guard = self.enter(" in comparison")?;
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let reflected_first = !std::rc::Rc::ptr_eq(ta, tb) && is_subtype(tb, ta);
        let swapped = op.swapped();
        if reflected_first {
            if let Some(r) = self.call_dunder(b, swapped.dunder(), std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_dunder(a, op.dunder(), std::slice::from_ref(b))? {
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !reflected_first {
            if let Some(r) = self.call_dunder(b, swapped.dunder(), std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name_of(a),
                self.type_name_of(b)
            ))),
        }
    }

    /// `a < b` (and friends) as a bool, as `sort` and `min` use it.
    pub fn compare_bool(&self, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
        if let Some(r) = crate::ops::arith::compare_numbers(a, b, op) {
            return Ok(r);
        }
        let r = self.compare(a, b, op)?;
        self.truthy(&r)
    }

    /// `obj[key]`.
    pub fn get_item(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(getitem) = binary_slot(obj, BinarySlot::GetItem) {
            return getitem(self, Args::positional(&[obj.clone(), key.clone()]));
        }
        if let Some(r) = self.call_dunder(obj, Dunder::GetItem, std::slice::from_ref(key))? {
            return Ok(r);
        }
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                let name = self.intern("__class_getitem__");
                if let Some(f) = self.lookup_attr(obj, &name)? {
                    return self.call(&f, Args::positional(std::slice::from_ref(key)));
                }
                return Err(self.type_error(format!(
                    "type '{}' is not subscriptable",
                    crate::types::type_object::type_name(o)
                )));
            }
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name_of(obj)
        )))
    }

    /// `obj[key] = value`.
    pub fn set_item(&self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Some(setitem) = binary_slot(obj, BinarySlot::SetItem) {
            return setitem(self, Args::positional(&[obj.clone(), key.clone(), value])).map(drop);
        }
        match self.call_dunder(obj, Dunder::SetItem, &[key.clone(), value])? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name_of(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.call_dunder(obj, Dunder::DelItem, std::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name_of(obj)
            ))),
        }
    }

    /// `item in container`: `__contains__`, then iteration (which covers
    /// the old `__getitem__` protocol too).
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(Value::None) = self
            .class_of(container)
            .as_type()
            .and_then(|t| t.dunder(Dunder::Contains))
        {
            return Err(self.type_error(format!(
                "'{}' object is not a container",
                self.type_name_of(container)
            )));
        }
        if let Some(r) =
            self.call_dunder(container, Dunder::Contains, std::slice::from_ref(item))?
        {
            return self.truthy(&r);
        }
        let has_iter = self.class_of(container).as_type().is_some_and(|t| {
            t.dunder(Dunder::Iter).is_some() || t.dunder(Dunder::GetItem).is_some()
        });
        if !has_iter {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name_of(container)
            )));
        }
        // CPython reports any TypeError from `iter()` as not iterable
        // (a 0-dimensional memoryview refuses iteration that way).
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, &self.exc.type_error) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name_of(container)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// A str object's text, or "" for anything else.
pub trait StrText {
    fn as_str_or_empty(&self) -> &str;
}

impl StrText for ObjRef {
    fn as_str_or_empty(&self) -> &str {
        match &self.payload {
            Payload::Str(s) => s.as_str(),
            _ => "",
        }
    }
}

/// Item access on binary data, the commonest subscripts after lists,
/// tuples and dicts (which the evaluator handles itself).
#[derive(Clone, Copy)]
enum BinarySlot {
    GetItem,
    SetItem,
}

/// The `__getitem__`/`__setitem__` of an exact bytes, bytearray or
/// memoryview, to call directly: builtin types' methods cannot be
/// replaced, so this is what dispatch through the class would find.
/// Subclasses take the general path.
#[inline]
fn binary_slot(obj: &Value, slot: BinarySlot) -> Option<crate::types::type_object::NativeFn> {
    let Value::Obj(o) = obj else {
        return None;
    };
    if !crate::types::dict::is_builtin(o) {
        return None;
    }
    use crate::types::{bytearray, bytes_ops, memoryview_index};
    match (&o.payload, slot) {
        (Payload::Bytes(_), BinarySlot::GetItem) => Some(bytes_ops::getitem::<false>),
        (Payload::ByteArray(_), BinarySlot::GetItem) => Some(bytes_ops::getitem::<true>),
        (Payload::ByteArray(_), BinarySlot::SetItem) => Some(bytearray::setitem),
        (Payload::MemoryView(_), BinarySlot::GetItem) => Some(memoryview_index::getitem),
        (Payload::MemoryView(_), BinarySlot::SetItem) => Some(memoryview_index::setitem),
        _ => None,
    }
}
