//! Binary and unary operators: CPython's dispatch (forward method, then
//! the reflected one, a proper subclass's reflected method first,
//! `NotImplemented` meaning "try the other side"), in-place operators
//! falling back to binary ones, and fast paths for exact ints and floats.

use crate::dunder::{BinOp, CompareOp, Dunder};
use crate::error::PyResult;
use crate::types::type_object::is_subtype;
use crate::value::Value;
use crate::Vm;

/// Compares two exact numbers (int, bool, float) without dispatch;
/// `None` if either is something else.
#[inline]
pub fn compare_numbers(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => return Some(float_compare(*x, *y, op)),
        (Value::Int(x), Value::Float(y)) => return Some(int_float_compare(*x, *y, op)),
        (Value::Float(x), Value::Int(y)) => return Some(int_float_compare(*y, *x, op.swapped())),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Bool(x), Value::Int(y)) => (*x as i64).cmp(y),
        (Value::Int(x), Value::Bool(y)) => x.cmp(&(*y as i64)),
        _ => return None,
    };
    Some(op.holds(ord))
}

fn float_compare(x: f64, y: f64, op: CompareOp) -> bool {
    match x.partial_cmp(&y) {
        Some(ord) => op.holds(ord),
        None => op == CompareOp::Ne,
    }
}

/// `i op f` compared exactly, as CPython does (no rounding of `i`).
pub fn int_float_compare(i: i64, f: f64, op: CompareOp) -> bool {
    match crate::types::float_methods::compare_int_value_float(&Value::Int(i), f) {
        Some(ord) => op.holds(ord),
        None => op == CompareOp::Ne,
    }
}

impl Vm {
    /// `a op b`.
    #[inline]
    pub fn binary_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = self.numeric_op(a, b, op)? {
            return Ok(v);
        }
        self.binary_dispatch(a, b, op)
    }

    /// `a op b` done directly when both are machine ints or floats (as
    /// int's and float's methods would do it); `None` otherwise.
    #[inline]
    pub fn numeric_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (x, y) = match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                return Ok(crate::types::int::small_int_op(*x, *y, op));
            }
            (Value::Float(x), Value::Float(y)) => (*x, *y),
            (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
            (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
            _ => return Ok(None),
        };
        crate::types::float::float_op(self, x, y, op)
    }

    /// The generic path of a binary operator.
    pub fn binary_dispatch(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        match self.binary_try(a, b, op)? {
            Some(r) => Ok(r),
            None => Err(self.unsupported_operands(a, b, op.symbol())),
        }
    }

    /// Tries both operands' methods; `None` if both gave NotImplemented.
    fn binary_try(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let same = std::rc::Rc::ptr_eq(ta, tb);
        let forward = ta.as_type().and_then(|t| t.dunder(op.forward()));
        let reflected = if same {
            None
        } else {
            tb.as_type().and_then(|t| t.dunder(op.reflected()))
        };
        let reflected_first = reflected.is_some() && is_subtype(tb, ta) && {
            let fa = ta.as_type().and_then(|t| t.dunder(op.reflected()));
            !matches!((&fa, &reflected), (Some(x), Some(y)) if x.is(y))
        };
        let attempts = if reflected_first {
            [reflected.map(|f| (f, true)), forward.map(|f| (f, false))]
        } else {
            [forward.map(|f| (f, false)), reflected.map(|f| (f, true))]
        };
        for (f, swap) in attempts.into_iter().flatten() {
            if f.is_none() {
                continue;
            }
            let args = if swap {
                [b.clone(), a.clone()]
            } else {
                [a.clone(), b.clone()]
            };
            let r = self.call(&f, crate::Args::positional(&args))?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// "unsupported operand type(s) for +: 'int' and 'str'", or the
    /// sequence messages ("can only concatenate str (not "int") to str",
    /// "can't multiply sequence by non-int of type 'float'").
    pub fn unsupported_operands(&self, a: &Value, b: &Value, symbol: &str) -> crate::error::PyErr {
        let seq_name = |v: &Value| match v.payload() {
            Some(crate::object::Payload::Str(_)) => Some("str"),
            Some(crate::object::Payload::List(_)) => Some("list"),
            Some(crate::object::Payload::Tuple(_)) => Some("tuple"),
            _ => None,
        };
        if symbol == "+" || symbol == "+=" {
            if let Some(name) = seq_name(a) {
                return self.type_error(format!(
                    "can only concatenate {name} (not \"{}\") to {name}",
                    self.type_name_of(b)
                ));
            }
        }
        if symbol == "*" || symbol == "*=" {
            let (seq, other) = if seq_name(a).is_some() {
                (true, b)
            } else {
                (seq_name(b).is_some(), a)
            };
            if seq {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name_of(other)
                ));
            }
        }
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            self.type_name_of(a),
            self.type_name_of(b)
        ))
    }

    /// `a op= b`: the in-place method, else the binary operator.
    pub fn inplace_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = self.numeric_op(a, b, op)? {
            return Ok(v);
        }
        if let Some(r) = self.call_dunder(a, op.inplace(), std::slice::from_ref(b))? {
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        match self.binary_try(a, b, op)? {
            Some(r) => Ok(r),
            None => {
                let symbol = match op {
                    BinOp::Pow => "**=".to_string(),
                    _ => format!("{}=", op.symbol()),
                };
                Err(self.unsupported_operands(a, b, &symbol))
            }
        }
    }

    /// `-v`, `+v`, `~v`, `abs(v)`.
    pub fn unary_op(&self, v: &Value, d: Dunder) -> PyResult<Value> {
        match (v, d) {
            (Value::Int(i), Dunder::Neg) if *i != i64::MIN => return Ok(Value::Int(-i)),
            (Value::Float(f), Dunder::Neg) => return Ok(Value::Float(-f)),
            (Value::Int(i), Dunder::Invert) => return Ok(Value::Int(!i)),
            _ => {}
        }
        if let Some(r) = self.call_dunder(v, d, &[])? {
            return Ok(r);
        }
        let what = match d {
            Dunder::Neg => "bad operand type for unary -",
            Dunder::Pos => "bad operand type for unary +",
            Dunder::Invert => "bad operand type for unary ~",
            _ => "bad operand type for abs()",
        };
        Err(self.type_error(format!("{what}: '{}'", self.type_name_of(v))))
    }

    /// `v.__index__()` as an i64, with CPython's TypeError when `v` has
    /// no `__index__` and OverflowError beyond the i64 range.
    pub fn index_value(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => {
                let r = self.index_object(v)?;
                match r {
                    Value::Int(i) => Ok(i),
                    Value::Bool(b) => Ok(b as i64),
                    _ => Err(self.index_overflow()),
                }
            }
        }
    }

    /// "cannot fit 'int' into an index-sized integer".
    pub fn index_overflow(&self) -> crate::error::PyErr {
        self.new_error(
            &self.exc.index_error,
            "cannot fit 'int' into an index-sized integer".into(),
        )
    }

    /// `operator.index(v)`: an int value (immediate or big).
    pub fn index_object(&self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Obj(o) => {
                if let crate::object::Payload::Int(_) = o.payload {
                    if crate::types::dict::is_builtin(o) {
                        return Ok(v.clone());
                    }
                }
            }
            _ => {}
        }
        match self.call_dunder(v, Dunder::Index, &[])? {
            Some(r)
                if matches!(r, Value::Int(_) | Value::Bool(_))
                    || matches!(r.payload(), Some(crate::object::Payload::Int(_))) =>
            {
                Ok(r)
            }
            Some(r) => Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name_of(&r)
            ))),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name_of(v)
            ))),
        }
    }
}
