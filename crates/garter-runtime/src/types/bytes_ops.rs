//! The special methods `bytes` and `bytearray` share: length, indexing
//! and slicing, `in`, iteration, `+`, `*`, comparisons; plus `bytes`'s
//! `__hash__`, `__bytes__` and `__getnewargs__`. Mixed operands follow
//! CPython: the left operand decides the result type.

use crate::args::Args;
use crate::dunder::{CompareOp, Dunder};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::bytes::{byte_value, bytes_like, bytes_like_arg, new_bytes, new_same};
use crate::types::bytes_args::{no_args, receiver, receiver_value, slot_args, with_bytes, This};
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::list::repeat_count;
use crate::types::sequence::{cant_multiply, reflected_answer};
use crate::types::slice::{as_slice, index_integer, unpack_slice};
use crate::types::str_args::{has_index, MAX_STR_BYTES};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// `self` and the arguments of a slot method taking `n` arguments.
fn slot<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(This<'a>, &'a [Value])> {
    let this = receiver::<BA>(vm, args, name)?;
    Ok((this, slot_args(vm, args, name, n)?))
}

/// `self` (not copied) and the arguments of a slot method taking `n`
/// arguments.
fn slot_value<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    let this = receiver_value::<BA>(vm, args, name)?;
    Ok((this, slot_args(vm, args, name, n)?))
}

fn len<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, _) = slot_value::<BA>(vm, &args, "__len__", 0)?;
    Ok(Value::Int(with_bytes(this, |d| d.len()) as i64))
}

pub(crate) fn getitem<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, a) = slot_value::<BA>(vm, &args, "__getitem__", 1)?;
    let key = &a[0];
    if let Some(s) = as_slice(key) {
        let bounds = unpack_slice(vm, s)?;
        let out = with_bytes(this, |data| {
            let r = bounds.adjust(data.len());
            // A step of 1 selects one contiguous run: copy it whole.
            match usize::try_from(r.start) {
                Ok(start) if r.step == 1 => data
                    .get(start..start.saturating_add(r.len))
                    .unwrap_or_default()
                    .to_vec(),
                _ => r.positions().filter_map(|i| data.get(i).copied()).collect(),
            }
        });
        return Ok(new_same(vm, BA, out));
    }
    let i = index_integer(vm, key, if BA { "bytearray" } else { "byte" })?;
    let message = if BA {
        "bytearray index out of range"
    } else {
        "index out of range"
    };
    let byte = with_bytes(this, |data| {
        let at = if i < 0 { i + data.len() as i64 } else { i };
        usize::try_from(at)
            .ok()
            .and_then(|at| data.get(at).copied())
    });
    match byte {
        Some(b) => Ok(Value::Int(i64::from(b))),
        None => Err(vm.index_error(message.into())),
    }
}

fn contains<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, a) = slot::<BA>(vm, &args, "__contains__", 1)?;
    let found = if has_index(vm, &a[0]) {
        let b = byte_value(vm, &a[0])?;
        with_bytes(this.value, |data| data.contains(&b))
    } else {
        let sub = bytes_like_arg(vm, &a[0])?;
        crate::types::bytes_text::find(&this.data(), &sub, None, None).is_some()
    };
    Ok(Value::Bool(found))
}

fn iter<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, _) = slot::<BA>(vm, &args, "__iter__", 0)?;
    let cls = if BA {
        &vm.types.bytearray_iterator
    } else {
        &vm.types.bytes_iterator
    };
    Ok(new_iterator(
        vm,
        cls,
        BuiltinIterator::Bytes {
            seq: this.value.clone(),
            index: 0,
        },
    ))
}

fn add<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, a) = slot::<BA>(vm, &args, "__add__", 1)?;
    let Some(other) = bytes_like(vm, &a[0])? else {
        if let Some(r) = reflected_answer(vm, this.value, &a[0], Dunder::RAdd)? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name_of(&a[0]),
            vm.type_name_of(this.value)
        )));
    };
    let mut out = Vec::new();
    let data = this.data();
    vm.reserve_memory(data.len().saturating_add(other.len()))?;
    out.try_reserve_exact(data.len() + other.len())
        .map_err(|_| vm.memory_error())?;
    out.extend_from_slice(&data);
    out.extend_from_slice(&other);
    Ok(new_same(vm, BA, out))
}

/// `data * n` with CPython's limits.
pub fn repeated(vm: &Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(n)
        .filter(|t| i64::try_from(*t).is_ok())
        .ok_or_else(|| vm.overflow_error("repeated bytes are too long".into()))?;
    if total > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    vm.reserve_memory(total)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    if !data.is_empty() {
        for _ in 0..n {
            out.extend_from_slice(data);
        }
    }
    Ok(out)
}

fn repeat<const BA: bool>(vm: &Vm, args: &Args, name: &str, forward: bool) -> PyResult<Value> {
    let (this, a) = slot::<BA>(vm, args, name, 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        // A builtin sequence has no number slot for CPython to try; in
        // `seq * self` it was the one being repeated.
        let other_is_sequence = matches!(
            a[0].payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
            )
        );
        if forward && !other_is_sequence {
            if let Some(r) = reflected_answer(vm, this.value, &a[0], Dunder::RMul)? {
                return Ok(r);
            }
        }
        if !forward && other_is_sequence {
            return Err(cant_multiply(vm, this.value));
        }
        return Err(cant_multiply(vm, &a[0]));
    };
    Ok(new_same(vm, BA, repeated(vm, &this.data(), n)?))
}

fn mul<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat::<BA>(vm, &args, "__mul__", true)
}

fn rmul<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat::<BA>(vm, &args, "__rmul__", false)
}

fn compare<const BA: bool>(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (this, a) = slot::<BA>(vm, &args, op.dunder().name(), 1)?;
    // bytes compares only with bytes (a bytearray or memoryview answers
    // for itself when reflected); bytearray with any exporter.
    let comparable = BA || matches!(a[0].payload(), Some(Payload::Bytes(_)));
    let other = if comparable {
        bytes_like(vm, &a[0])?
    } else {
        None
    };
    let Some(other) = other else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::Bool(
        op.holds(this.data().as_ref().cmp(other.as_ref())),
    ))
}

macro_rules! typed_compares {
    ($($name:ident, $op:ident;)*) => {
        $(fn $name<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
            compare::<BA>(vm, args, CompareOp::$op)
        })*
    };
}

typed_compares! {
    eq, Eq; ne, Ne; lt, Lt; le, Le; gt, Gt; ge, Ge;
}

fn bytes_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, _) = slot::<false>(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(crate::ops::hash::bytes_hash(&this.data())))
}

fn bytes_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = no_args::<false>(vm, &args, "__bytes__")?;
    let exact = this
        .value
        .as_obj()
        .is_some_and(crate::types::dict::is_builtin);
    if exact {
        return Ok(this.value.clone());
    }
    Ok(new_bytes(vm, this.data().into_owned()))
}

fn bytes_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = no_args::<false>(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![new_bytes(vm, this.data().into_owned())]))
}

macro_rules! shared_ops {
    ($ba:literal) => {
        &[
            MethodDef::method("__len__", len::<$ba>),
            MethodDef::method("__getitem__", getitem::<$ba>),
            MethodDef::method("__contains__", contains::<$ba>),
            MethodDef::method("__iter__", iter::<$ba>),
            MethodDef::method("__add__", add::<$ba>),
            MethodDef::method("__mul__", mul::<$ba>),
            MethodDef::method("__rmul__", rmul::<$ba>),
            MethodDef::method("__eq__", eq::<$ba>),
            MethodDef::method("__ne__", ne::<$ba>),
            MethodDef::method("__lt__", lt::<$ba>),
            MethodDef::method("__le__", le::<$ba>),
            MethodDef::method("__gt__", gt::<$ba>),
            MethodDef::method("__ge__", ge::<$ba>),
        ]
    };
}

pub const BYTES_METHODS: &[MethodDef] = &[
    MethodDef::method("__hash__", bytes_hash),
    MethodDef::method("__bytes__", bytes_bytes),
    MethodDef::method("__getnewargs__", bytes_getnewargs),
];

pub const BYTES_SHARED: &[MethodDef] = shared_ops!(false);

pub const BYTEARRAY_METHODS: &[MethodDef] = shared_ops!(true);
