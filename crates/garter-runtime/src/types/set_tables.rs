//! The method tables of `set` and `frozenset`. Most methods are shared
//! code; each type's table wraps them in a check that the receiver is of
//! that type (a frozenset is not a set), with CPython's descriptor errors.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::set::*;
use crate::types::set_algebra::*;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// Fails unless the receiver is a set (`frozen` false) or a frozenset.
/// `slot` methods (operators, `__len__`...) word it as CPython's slot
/// wrappers do.
fn check_receiver(vm: &Vm, args: &Args, name: &str, frozen: bool, slot: bool) -> PyResult<()> {
    let receiver = args.values.first();
    let ok = receiver
        .and_then(set_data)
        .is_some_and(|d| d.frozen == frozen);
    if ok {
        return Ok(());
    }
    let owner = if frozen { "frozenset" } else { "set" };
    let Some(receiver) = receiver else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    let got = vm.type_name_of(receiver);
    Err(vm.type_error(if slot {
        format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
    }))
}

macro_rules! checked {
    ($frozen:literal; $($name:literal => $f:ident, $slot:literal;)*) => {
        &[$(MethodDef::method($name, |vm: &Vm, args: Args| -> PyResult<Value> {
            check_receiver(vm, &args, $name, $frozen, $slot)?;
            $f(vm, args)
        }),)*]
    };
}

/// The methods of `set`.
pub const SET_TABLE: &[MethodDef] = &[
    MethodDef::static_("__new__", set_new),
    MethodDef::method("__init__", set_init),
];

/// The methods of `set` whose receiver is checked.
pub const SET_CHECKED: &[MethodDef] = checked! { false;
    "__len__" => set_len, true;
    "__contains__" => set_contains, false;
    "__iter__" => set_iter, true;
    "__repr__" => set_repr, true;
    "copy" => set_copy, false;
    "add" => set_add_method, false;
    "remove" => set_remove, false;
    "discard" => set_discard, false;
    "pop" => set_pop, false;
    "clear" => set_clear, false;
    "__or__" => set_or, true;
    "__and__" => set_and, true;
    "__sub__" => set_sub, true;
    "__xor__" => set_xor, true;
    "__ror__" => set_ror, true;
    "__rand__" => set_rand, true;
    "__rsub__" => set_rsub, true;
    "__rxor__" => set_rxor, true;
    "__ior__" => set_ior, true;
    "__iand__" => set_iand, true;
    "__isub__" => set_isub, true;
    "__ixor__" => set_ixor, true;
    "__eq__" => set_eq, true;
    "__ne__" => set_ne, true;
    "__lt__" => set_lt, true;
    "__le__" => set_le, true;
    "__gt__" => set_gt, true;
    "__ge__" => set_ge, true;
    "union" => union_method, false;
    "intersection" => intersection_method, false;
    "difference" => difference_method, false;
    "symmetric_difference" => symmetric_difference_method, false;
    "issubset" => issubset_method, false;
    "issuperset" => issuperset_method, false;
    "isdisjoint" => isdisjoint_method, false;
    "update" => update_method, false;
    "intersection_update" => intersection_update_method, false;
    "difference_update" => difference_update_method, false;
    "symmetric_difference_update" => symmetric_difference_update_method, false;
};

/// The methods of `frozenset`.
pub const FROZENSET_TABLE: &[MethodDef] = &[MethodDef::static_("__new__", frozenset_new)];

/// The methods of `frozenset` whose receiver is checked.
pub const FROZENSET_CHECKED: &[MethodDef] = checked! { true;
    "__len__" => set_len, true;
    "__contains__" => set_contains, false;
    "__iter__" => set_iter, true;
    "__repr__" => set_repr, true;
    "__hash__" => frozenset_hash, true;
    "copy" => set_copy, false;
    "__or__" => set_or, true;
    "__and__" => set_and, true;
    "__sub__" => set_sub, true;
    "__xor__" => set_xor, true;
    "__ror__" => set_ror, true;
    "__rand__" => set_rand, true;
    "__rsub__" => set_rsub, true;
    "__rxor__" => set_rxor, true;
    "__eq__" => set_eq, true;
    "__ne__" => set_ne, true;
    "__lt__" => set_lt, true;
    "__le__" => set_le, true;
    "__gt__" => set_gt, true;
    "__ge__" => set_ge, true;
    "union" => union_method, false;
    "intersection" => intersection_method, false;
    "difference" => difference_method, false;
    "symmetric_difference" => symmetric_difference_method, false;
    "issubset" => issubset_method, false;
    "issuperset" => issuperset_method, false;
    "isdisjoint" => isdisjoint_method, false;
};
