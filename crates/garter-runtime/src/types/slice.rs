//! `slice`: slice objects and the index arithmetic every sequence uses
//! (`indices()`, CPython's clamping of out-of-range bounds).

use crate::args::Args;
use crate::dunder::CompareOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::int::as_bigint;
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The data of a slice object.
pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A slice resolved against a sequence length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// How many items the slice selects.
    pub len: usize,
}

impl SliceIndices {
    /// The selected positions, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len).map(move |i| (start + i as i64 * step) as usize)
    }
}

/// A slice bound as an i64, clamped to ±i64::MAX like CPython's
/// `_PyEval_SliceIndex`.
fn bound(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    let n = match v {
        Value::Int(i) => return Ok(Some(*i)),
        Value::Bool(b) => return Ok(Some(*b as i64)),
        _ => {
            let has_index = vm
                .class_of(v)
                .as_type()
                .and_then(|t| t.dunder(crate::dunder::Dunder::Index))
                .is_some();
            if !has_index && as_bigint(v).is_none() {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method".into(),
                ));
            }
            vm.index_object(v)?
        }
    };
    let big = as_bigint(&n).map(|b| b.into_owned()).unwrap_or_default();
    Ok(Some(big.to_i64().unwrap_or(if big.is_negative() {
        -i64::MAX
    } else {
        i64::MAX
    })))
}

/// A slice's bounds as machine integers, before a length is known
/// (CPython's `PySlice_Unpack`); runs the bounds' `__index__`.
#[derive(Clone, Copy, Debug)]
pub struct UnpackedSlice {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

/// Evaluates a slice's step, start and stop, in CPython's order.
pub fn unpack_slice(vm: &Vm, s: &SliceData) -> PyResult<UnpackedSlice> {
    let step = bound(vm, &s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero".into()));
    }
    Ok(UnpackedSlice {
        start: bound(vm, &s.start)?,
        stop: bound(vm, &s.stop)?,
        step: step.max(-i64::MAX),
    })
}

impl UnpackedSlice {
    /// Clamps the bounds to a sequence of `length` items (CPython's
    /// `PySlice_AdjustIndices`); runs no user code.
    pub fn adjust(&self, length: usize) -> SliceIndices {
        let step = self.step;
        let len = length as i64;
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < 0 {
                            x = if step < 0 { -1 } else { 0 };
                        }
                    } else if x >= len {
                        x = if step < 0 { len - 1 } else { len };
                    }
                    x
                }
            }
        };
        let (start, stop) = if step < 0 {
            (adjust(self.start, len - 1), adjust(self.stop, -1))
        } else {
            (adjust(self.start, 0), adjust(self.stop, len))
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        }
    }
}

/// CPython's `PySlice_GetIndicesEx`.
pub fn slice_indices(vm: &Vm, s: &SliceData, length: usize) -> PyResult<SliceIndices> {
    Ok(unpack_slice(vm, s)?.adjust(length))
}

/// A slice resolved against a length that may exceed any machine size
/// (CPython's `_PySlice_GetLongIndices`): `(start, stop, step)`.
pub fn slice_indices_big(
    vm: &Vm,
    s: &SliceData,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let as_big = |v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        bound(vm, v)?;
        let n = vm.index_object(v)?;
        Ok(Some(
            as_bigint(&n).map(|b| b.into_owned()).unwrap_or_default(),
        ))
    };
    let step = as_big(&s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero".into()));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), length - 1u32)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(x) if x.is_negative() => (x + length).max(lower.clone()),
            Some(x) => x.min(upper.clone()),
        }
    };
    let start = clamp(as_big(&s.start)?, if negative { &upper } else { &lower });
    let stop = clamp(as_big(&s.stop)?, if negative { &lower } else { &upper });
    Ok((start, stop, step))
}

/// Resolves an integer index against `len` ("list index out of range").
pub fn seq_index(vm: &Vm, index: &Value, len: usize, what: &str) -> PyResult<usize> {
    item_index(vm, index, len, what, &format!("{what} index out of range"))
}

/// Resolves an integer index of a `what` sequence against `len`, with
/// `out_of_range` as the IndexError message.
pub fn item_index(
    vm: &Vm,
    index: &Value,
    len: usize,
    what: &str,
    out_of_range: &str,
) -> PyResult<usize> {
    let i = index_integer(vm, index, what)?;
    adjust_index(vm, i, len, out_of_range)
}

/// An item index as an i64 (runs `__index__`), with CPython's errors:
/// "list indices must be integers or slices, not str".
pub fn index_integer(vm: &Vm, index: &Value, what: &str) -> PyResult<i64> {
    match index {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => {
            let has_index = as_bigint(index).is_some()
                || vm
                    .class_of(index)
                    .as_type()
                    .and_then(|t| t.dunder(crate::dunder::Dunder::Index))
                    .is_some();
            if !has_index {
                return Err(vm.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    vm.type_name_of(index)
                )));
            }
            match vm.index_value(index) {
                Ok(i) => Ok(i),
                Err(e) if vm.err_matches(&e, &vm.exc.index_error) => Err(vm.index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name_of(index)
                ))),
                Err(e) => Err(e),
            }
        }
    }
}

/// A possibly negative index checked against `len`; runs no user code.
pub fn adjust_index(vm: &Vm, i: i64, len: usize, out_of_range: &str) -> PyResult<usize> {
    let adjusted = if i < 0 { i + len as i64 } else { i };
    if adjusted < 0 || adjusted >= len as i64 {
        return Err(vm.index_error(out_of_range.to_string()));
    }
    Ok(adjusted as usize)
}

/// The slice data of a slice value.
pub fn as_slice(v: &Value) -> Option<&SliceData> {
    match v.payload() {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

fn slice_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::sequence::new_class_arg(vm, &args, "slice", &vm.types.slice)?;
    args.no_keywords(vm, "slice")?;
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let (start, stop, step) = match pos {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error("slice expected at least 1 argument, got 0".into())),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at most 3 arguments, got {}",
                pos.len()
            )))
        }
    };
    Ok(vm.new_object(
        vm.types.slice.clone(),
        Payload::Slice(SliceData { start, stop, step }),
    ))
}

fn slice_self<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a SliceData> {
    as_slice(v)
        .ok_or_else(|| crate::types::sequence::wrong_receiver(vm, "slice", name, Some(v), &[]))
}

fn slice_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let s = slice_self(vm, &a[0], "__repr__")?;
    Ok(vm.new_str(format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    )))
}

fn slice_indices_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "indices", 2, 2)?;
    let s = slice_self(vm, &a[0], "indices")?;
    let len = vm.index_object(&a[1])?;
    let len = as_bigint(&len).map(|b| b.into_owned()).unwrap_or_default();
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative".into()));
    }
    let (start, stop, step) = slice_indices_big(vm, s, &len)?;
    Ok(vm.new_tuple(vec![
        Value::from_bigint(vm, start),
        Value::from_bigint(vm, stop),
        Value::from_bigint(vm, step),
    ]))
}

fn slice_compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = args.count(vm, op.dunder().name(), 2, 2)?;
    let (Some(x), Some(y)) = (as_slice(&a[0]), as_slice(&a[1])) else {
        return Ok(vm.not_implemented.clone());
    };
    let tx = [x.start.clone(), x.stop.clone(), x.step.clone()];
    let ty = [y.start.clone(), y.stop.clone(), y.step.clone()];
    Ok(Value::Bool(crate::types::sequence::seq_compare(
        vm, &tx, &ty, op,
    )?))
}

crate::types::compare_methods! {
    slice_compare;
    slice_eq, Eq; slice_ne, Ne; slice_lt, Lt; slice_le, Le; slice_gt, Gt; slice_ge, Ge;
}

fn get_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_self(vm, v, "start")?.start.clone())
}

fn get_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_self(vm, v, "stop")?.stop.clone())
}

fn get_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_self(vm, v, "step")?.step.clone())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", slice_new),
    MethodDef::method("__repr__", slice_repr),
    MethodDef::method("__eq__", slice_eq),
    MethodDef::method("__ne__", slice_ne),
    MethodDef::method("__lt__", slice_lt),
    MethodDef::method("__le__", slice_le),
    MethodDef::method("__gt__", slice_gt),
    MethodDef::method("__ge__", slice_ge),
    MethodDef::method("indices", slice_indices_method),
];

/// `start`, `stop` and `step` cannot be assigned or deleted.
fn readonly(vm: &Vm, _: &Value, _: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute".into()))
}

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "start",
        get: get_start,
        set: Some(readonly),
    },
    GetSetDef {
        name: "stop",
        get: get_stop,
        set: Some(readonly),
    },
    GetSetDef {
        name: "step",
        get: get_step,
        set: Some(readonly),
    },
];
