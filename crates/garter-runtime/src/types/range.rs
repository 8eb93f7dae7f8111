//! `range`: an immutable arithmetic sequence. Bounds may be big ints;
//! iteration over machine-size ranges takes an i64 fast path.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::int::as_bigint;
use crate::types::iterators::{new_iterator, BuiltinIterator};
use crate::types::sequence::method_args;
use crate::types::slice::{as_slice, slice_indices_big};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The data of a range object.
pub struct RangeData {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl RangeData {
    /// The number of items (may exceed any machine size).
    pub fn length(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u32).div_floor(&step) + 1u32
    }

    /// The item at position `i` (0 <= i < length).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
}

fn this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a RangeData> {
    match v.payload() {
        Some(Payload::Range(r)) => Ok(r),
        _ => Err(crate::types::sequence::wrong_receiver(
            vm,
            "range",
            name,
            Some(v),
            &["__reversed__", "index", "count"],
        )),
    }
}

fn to_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index_object(v)?;
    Ok(as_bigint(&i).map(|b| b.into_owned()).unwrap_or_default())
}

fn range_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::sequence::new_class_arg(vm, &args, "range", &vm.types.range)?;
    args.no_keywords(vm, "range")?;
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let (start, stop, step) = match pos {
        [stop] => (BigInt::zero(), to_int(vm, stop)?, BigInt::one()),
        [start, stop] => (to_int(vm, start)?, to_int(vm, stop)?, BigInt::one()),
        [start, stop, step] => (to_int(vm, start)?, to_int(vm, stop)?, to_int(vm, step)?),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0".into())),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                pos.len()
            )))
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero".into()));
    }
    Ok(vm.new_object(
        vm.types.range.clone(),
        Payload::Range(Box::new(RangeData { start, stop, step })),
    ))
}

/// `iter(range)`: a `range_iterator` when the bounds and length fit in
/// a machine word (CPython's conditions), else a `longrange_iterator`.
pub fn range_iterator(vm: &Vm, r: &RangeData) -> Value {
    let len = r.length();
    let fast = match (
        r.start.to_i64(),
        r.stop.to_i64(),
        r.step.to_i64(),
        len.to_i64(),
    ) {
        (Some(_), Some(stop), Some(step), Some(n)) => {
            n == 0
                || if step > 0 {
                    stop <= i64::MAX - (step - 1)
                } else {
                    stop >= i64::MIN + (-1 - step)
                }
        }
        _ => false,
    };
    fast_or_long(vm, r, &len, fast)
}

fn fast_or_long(vm: &Vm, r: &RangeData, len: &BigInt, fast: bool) -> Value {
    if fast {
        if let (Some(next), Some(step), Some(remaining)) =
            (r.start.to_i64(), r.step.to_i64(), len.to_u64())
        {
            let state = BuiltinIterator::Range {
                next,
                step,
                remaining,
            };
            return new_iterator(vm, &vm.types.range_iterator, state);
        }
    }
    let state = BuiltinIterator::BigRange {
        next: Value::from_bigint(vm, r.start.clone()),
        step: Value::from_bigint(vm, r.step.clone()),
        remaining: Value::from_bigint(vm, len.clone()),
    };
    new_iterator(vm, &vm.types.longrange_iterator, state)
}

fn range_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__iter__", 1, 1)?;
    Ok(range_iterator(vm, this(vm, &a[0], "__iter__")?))
}

fn range_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__reversed__", 1, 1)?;
    let r = this(vm, &a[0], "__reversed__")?;
    let len = r.length();
    let last = if len.is_zero() {
        r.start.clone()
    } else {
        r.item(&(&len - 1u32))
    };
    let rev = RangeData {
        start: last.clone(),
        stop: &last - &len * &r.step,
        step: -&r.step,
    };
    let fits = |n: &BigInt| n.to_i64().is_some();
    let fast = fits(&r.start)
        && fits(&r.stop)
        && fits(&r.step)
        && fits(&rev.step)
        && fits(&(&r.start - &r.step))
        && fits(&len);
    Ok(fast_or_long(vm, &rev, &len, fast))
}

fn range_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__len__", 1, 1)?;
    let len = this(vm, &a[0], "__len__")?.length();
    match len.to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t".into())),
    }
}

fn range_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getitem__", 2, 2)?;
    let r = this(vm, &a[0], "__getitem__")?;
    let len = r.length();
    if let Some(s) = as_slice(&a[1]) {
        let (istart, istop, istep) = slice_indices_big(vm, s, &len)?;
        let start = r.item(&istart);
        let stop = r.item(&istop);
        let step = &r.step * istep;
        return Ok(vm.new_object(
            vm.types.range.clone(),
            Payload::Range(Box::new(RangeData { start, stop, step })),
        ));
    }
    let i = match vm.index_object(&a[1]) {
        Ok(i) => as_bigint(&i).map(|b| b.into_owned()).unwrap_or_default(),
        Err(_) => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name_of(&a[1])
            )))
        }
    };
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range".into()));
    }
    Ok(Value::from_bigint(vm, r.item(&i)))
}

fn contains_int(r: &RangeData, x: &BigInt) -> bool {
    let in_bounds = if r.step.is_positive() {
        &r.start <= x && x < &r.stop
    } else {
        &r.stop < x && x <= &r.start
    };
    in_bounds && (x - &r.start).mod_floor(&r.step.abs()).is_zero()
}

fn range_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__contains__", 2, 2)?;
    let r = this(vm, &a[0], "__contains__")?;
    if let Some(x) = exact_int(&a[1]) {
        return Ok(Value::Bool(contains_int(r, &x)));
    }
    let it = range_iterator(vm, r);
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &a[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn range_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let r = this(vm, &a[0], "__repr__")?;
    Ok(vm.new_str(if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

/// Ranges are equal when they produce the same items.
fn same_items(x: &RangeData, y: &RangeData) -> bool {
    let (lx, ly) = (x.length(), y.length());
    if lx != ly {
        return false;
    }
    if lx.is_zero() {
        return true;
    }
    x.start == y.start && (lx.is_one() || x.step == y.step)
}

fn range_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__eq__", 2, 2)?;
    match (a[0].payload(), a[1].payload()) {
        (Some(Payload::Range(x)), Some(Payload::Range(y))) => Ok(Value::Bool(same_items(x, y))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn range_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__ne__", 2, 2)?;
    match (a[0].payload(), a[1].payload()) {
        (Some(Payload::Range(x)), Some(Payload::Range(y))) => Ok(Value::Bool(!same_items(x, y))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn range_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__hash__", 1, 1)?;
    let r = this(vm, &a[0], "__hash__")?;
    let len = r.length();
    let items = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len.is_one() {
        vec![
            Value::Int(1),
            Value::from_bigint(vm, r.start.clone()),
            Value::None,
        ]
    } else {
        vec![
            Value::from_bigint(vm, len),
            Value::from_bigint(vm, r.start.clone()),
            Value::from_bigint(vm, r.step.clone()),
        ]
    };
    Ok(Value::Int(crate::types::tuple::tuple_hash(vm, &items)?))
}

/// The value of an exact int or bool (CPython's fast path for `in`,
/// `index` and `count`; int subclasses are compared by iteration).
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) if crate::types::dict::is_builtin(o) => match &o.payload {
            Payload::Int(n) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn range_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "range", "index", 1, 1)?;
    let r = this(vm, &a[0], "index")?;
    if let Some(x) = exact_int(&a[1]) {
        if contains_int(r, &x) {
            return Ok(Value::from_bigint(vm, (&x - &r.start) / &r.step));
        }
        return Err(vm.value_error(format!("{x} is not in range")));
    }
    let it = range_iterator(vm, r);
    let mut i = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &a[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence".into()))
}

fn range_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "range", "count", 1, 1)?;
    let r = this(vm, &a[0], "count")?;
    if let Some(x) = exact_int(&a[1]) {
        return Ok(Value::Int(contains_int(r, &x) as i64));
    }
    let it = range_iterator(vm, r);
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__bool__", 1, 1)?;
    Ok(Value::Bool(
        !this(vm, &a[0], "__bool__")?.length().is_zero(),
    ))
}

fn get_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::from_bigint(vm, this(vm, v, "start")?.start.clone()))
}

fn get_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::from_bigint(vm, this(vm, v, "stop")?.stop.clone()))
}

fn get_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::from_bigint(vm, this(vm, v, "step")?.step.clone()))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", range_new),
    MethodDef::method("__iter__", range_iter),
    MethodDef::method("__reversed__", range_reversed),
    MethodDef::method("__len__", range_len),
    MethodDef::method("__bool__", range_bool),
    MethodDef::method("__getitem__", range_getitem),
    MethodDef::method("__contains__", range_contains),
    MethodDef::method("__repr__", range_repr),
    MethodDef::method("__eq__", range_eq),
    MethodDef::method("__ne__", range_ne),
    MethodDef::method("__hash__", range_hash),
    MethodDef::method("index", range_index),
    MethodDef::method("count", range_count),
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
