//! `object`'s copy and pickle protocol: `__reduce_ex__`, `__reduce__`,
//! `__getstate__`, and `__sizeof__`. The tuples are built by the embedded
//! `copyreg` module (`modules/pysrc/copyreg.py`); this file decides what an
//! instance's state is and whether its layout can be rebuilt at all.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::obj_dict_table;
use crate::types::type_object::full_mro;
use crate::value::Value;
use crate::Vm;

/// The embedded `copyreg` module's function `name`.
fn copyreg_function(vm: &Vm, name: &str) -> PyResult<Value> {
    let import = vm.builtins_get("__import__")?;
    let module = vm.call(&import, Args::positional(&[vm.intern("copyreg")]))?;
    vm.get_attr(&module, &vm.intern(name))
}

/// The single argument of a method taking exactly one, with CPython's
/// "object.NAME() takes exactly one argument (N given)".
fn one_argument<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    let pos = args.count(vm, &format!("object.{name}"), 2, 2);
    match pos {
        Ok(p) => Ok(p),
        Err(_) => Err(vm.type_error(format!(
            "object.{name}() takes exactly one argument ({} given)",
            args.pos().len().saturating_sub(1)
        ))),
    }
}

/// How an instance's builtin layout is rebuilt by `copyreg`: `"plain"`
/// (object, or a class made in Python over it), `"list"`, `"dict"`
/// (their items are added after the instance is made),
/// `"value"` (an immutable builtin value passed to `__new__`), `"set"`,
/// `"exception"` (rebuilt from its `args`); None when it cannot be rebuilt.
fn layout_kind(vm: &Vm, v: &Value) -> Option<&'static str> {
    let cls = vm.class_of(v);
    let heap = cls.as_type().is_some_and(|t| t.heap);
    let Value::Obj(o) = v else {
        return Some("value");
    };
    match &o.payload {
        Payload::Plain if heap || std::rc::Rc::ptr_eq(cls, &vm.types.object) => Some("plain"),
        Payload::List(_) => Some("list"),
        Payload::Dict(_) => Some("dict"),
        Payload::Set(_) => Some("set"),
        Payload::Int(_)
        | Payload::Float(_)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Tuple(_)
        | Payload::Complex { .. } => Some("value"),
        Payload::Exception(_) => Some("exception"),
        _ => None,
    }
}

/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` when it
/// overrides object's, else `copyreg`'s reduction of the instance.
pub fn object_reduce_ex(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one_argument(vm, &args, "__reduce_ex__")?;
    let (obj, protocol) = (&a[0], &a[1]);
    let reduce = vm.intern("__reduce__");
    let own = vm.class_of(obj).as_type().and_then(|_| {
        full_mro(vm.class_of(obj))
            .iter()
            .find_map(|c| c.as_type().and_then(|t| t.namespace().get_str(&reduce)))
    });
    let base = vm
        .types
        .object
        .as_type()
        .and_then(|t| t.namespace().get_str(&reduce));
    if let (Some(own), Some(base)) = (&own, &base) {
        if !own.is(base) {
            let method = vm.get_attr(obj, &reduce)?;
            return vm.call(&method, Args::positional(&[]));
        }
    }
    let protocol = vm.index_value(protocol)?;
    reduce_with(vm, obj, protocol)
}

/// `object.__reduce__()`: the reduction for protocol 0.
pub fn object_reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "object.__reduce__", 1, 1)?;
    reduce_with(vm, &a[0], 0)
}

fn reduce_with(vm: &Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    let Some(kind) = layout_kind(vm, obj) else {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name_of(obj))));
    };
    let helper = copyreg_function(vm, "_reduce_object")?;
    vm.call(
        &helper,
        Args::positional(&[obj.clone(), Value::Int(protocol), vm.intern(kind)]),
    )
}

/// `object.__getstate__()`: the instance `__dict__` (None when empty),
/// paired with a dict of the `__slots__` values that are set.
pub fn object_getstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "object.__getstate__", 1, 1)?;
    let obj = &a[0];
    let dict = obj.as_obj().and_then(|o| o.dict().map(|d| d.get()));
    let state = match &dict {
        Some(d) if obj_dict_table(d).is_some_and(|t| !t.borrow().is_empty()) => {
            Value::Obj(d.clone())
        }
        _ => Value::None,
    };
    let slotnames = copyreg_function(vm, "_slotnames")?;
    let cls = Value::Obj(vm.class_of(obj).clone());
    let names = vm.collect(&vm.call(&slotnames, Args::positional(&[cls]))?)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = vm.new_dict(Default::default());
    let mut any = false;
    for name in names {
        match vm.get_attr(obj, &name) {
            Ok(value) => {
                vm.set_item(&slots, &name, value)?;
                any = true;
            }
            Err(e) if vm.is_instance_of(&e.value(), &vm.exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    if !any {
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, slots]))
}

/// `object.__sizeof__()`: the size of the instance's fixed part, as
/// CPython counts it for an object made in Python: a header, plus a
/// pointer for the `__dict__` and for each slot.
pub fn object_sizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "object.__sizeof__", 1, 1)?;
    let obj = &a[0];
    let cls = vm.class_of(obj);
    let slots = cls.as_type().map(|t| t.slot_count).unwrap_or(0);
    let has_dict = obj.as_obj().is_some_and(|o| o.dict().is_some());
    let size = 16 + 8 * slots + if has_dict { 8 } else { 0 };
    Ok(Value::Int(i64::try_from(size).unwrap_or(i64::MAX)))
}
