//! Helpers shared by list and tuple (and other sequences): `repr` with
//! cycle detection, lexicographic comparison, and a stable merge sort
//! whose comparisons may raise.

use crate::args::Args;
use crate::dunder::{CompareOp, Dunder};
use crate::error::PyResult;
use crate::value::Value;
use crate::Vm;

/// `repr` of a sequence of items between `open` and `close`; `[...]`
/// when the container is already being printed (a cycle).
pub fn seq_repr(vm: &Vm, id: usize, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    if vm.repr_active.borrow().contains(&id) {
        return Ok(format!("{open}...{close}"));
    }
    vm.repr_active.borrow_mut().push(id);
    let result = (|| {
        let mut out = String::from(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(item)?);
        }
        out.push_str(close);
        Ok(out)
    })();
    vm.repr_active.borrow_mut().retain(|x| *x != id);
    result
}

/// For `seq + other` and `seq * other` when `other` is not an operand
/// the sequence accepts: CPython lets `other`'s reflected method (its
/// number slot) answer before raising the sequence's own TypeError.
pub fn reflected_answer(
    vm: &Vm,
    seq: &Value,
    other: &Value,
    reflected: Dunder,
) -> PyResult<Option<Value>> {
    if std::rc::Rc::ptr_eq(vm.class_of(seq), vm.class_of(other)) {
        return Ok(None);
    }
    match vm.call_dunder(other, reflected, std::slice::from_ref(seq))? {
        Some(r) if !r.is(&vm.not_implemented) => Ok(Some(r)),
        _ => Ok(None),
    }
}

/// "can't multiply sequence by non-int of type 'float'".
pub fn cant_multiply(vm: &Vm, n: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name_of(n)
    ))
}

/// The class argument of `owner.__new__(cls, ...)`, which must be a
/// subtype of `base`: "list.__new__(int): int is not a subtype of list".
pub fn new_class_arg(
    vm: &Vm,
    args: &Args,
    owner: &str,
    base: &crate::value::ObjRef,
) -> PyResult<crate::value::ObjRef> {
    let Some(first) = args.values.first() else {
        return Err(vm.type_error(format!("{owner}.__new__(): not enough arguments")));
    };
    let Some(cls) = first.as_obj().filter(|c| c.as_type().is_some()) else {
        return Err(vm.type_error(format!(
            "{owner}.__new__(X): X is not a type object ({})",
            vm.type_name_of(first)
        )));
    };
    if !crate::types::type_object::is_subtype(cls, base) {
        let name = crate::types::type_object::type_name(cls);
        return Err(vm.type_error(format!(
            "{owner}.__new__({name}): {name} is not a subtype of {owner}"
        )));
    }
    Ok(cls.clone())
}

/// The TypeError for calling `owner.name` on something that is not an
/// `owner`: slot wrappers (dunders not listed in `dunder_methods`) say
/// "requires a 'list' object but received a 'int'", methods "for 'list'
/// objects doesn't apply to a 'int' object".
pub fn wrong_receiver(
    vm: &Vm,
    owner: &str,
    name: &str,
    receiver: Option<&Value>,
    dunder_methods: &[&str],
) -> crate::error::PyErr {
    let Some(receiver) = receiver else {
        return vm.type_error(format!("unbound method {owner}.{name}() needs an argument"));
    };
    let got = vm.type_name_of(receiver);
    let slot = name.starts_with("__") && !dunder_methods.contains(&name);
    vm.type_error(if slot {
        format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
    })
}

/// The arguments of a builtin method (`self` first), checked with
/// CPython's messages: "list.copy() takes no arguments (1 given)",
/// "list.count() takes exactly one argument (0 given)", "index expected at
/// least 1 argument, got 0", "list.pop() takes no keyword arguments".
/// `min` and `max` count the arguments after `self`.
pub fn method_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if n >= min && n <= max && !pos.is_empty() {
        return Ok(pos);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = match (min, max) {
        (0, 0) => format!("{owner}.{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        _ if min == max => format!("{name} expected {min} argument{}, got {n}", plural(min)),
        _ if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        _ => format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    };
    Err(vm.type_error(msg))
}

/// Compares two sequences lexicographically, as list and tuple do.
pub fn seq_compare(vm: &Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<bool> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
        return Ok(op == CompareOp::Ne);
    }
    for (x, y) in a.iter().zip(b) {
        if !vm.eq(x, y)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => vm.compare_bool(x, y, op),
            };
        }
    }
    Ok(op.holds(a.len().cmp(&b.len())))
}

/// Sorts `items` stably by `keys` with `<`, which may raise; on error the
/// items are left partly sorted, as CPython leaves them. Like CPython, `reverse` reverses, sorts,
/// and reverses back, so equal items keep their original order. See
/// `list_sort.rs` for which comparisons are made.
pub fn merge_sort(
    vm: &Vm,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    crate::types::list_sort::sort_values(vm, items, keys, reverse)
}
