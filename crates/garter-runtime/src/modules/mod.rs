//! Native modules, written in Rust: each file makes one module.
//!
//! To add one: write `NAME.rs` with a `pub fn make(vm: &Vm) -> Value`
//! and list it in [`native_module`].

pub mod abc_support;
pub mod array;
pub mod codecs;
pub mod frozen;
pub mod garter_os;
pub mod json;
pub mod math;
pub mod operator_native;
pub mod re_compile;
pub mod re_engine;
pub mod re_native;
pub mod re_parse;
pub mod re_parse_escape;
pub mod sys;

use crate::value::Value;
use crate::Vm;

/// Makes the native module `name`, if there is one.
pub fn native_module(vm: &Vm, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(vm.sys_module()),
        "math" => Some(math::make(vm)),
        "_garter_abc" => Some(abc_support::make(vm)),
        "array" => Some(array::make(vm)),
        "codecs" => Some(codecs::make(vm)),
        "_operator" => Some(operator_native::make(vm)),
        "_garter_os" => Some(garter_os::make(vm)),
        "_json" => Some(json::make(vm)),
        "_garter_sre" => Some(re_native::make(vm)),
        _ => None,
    }
}

/// Adds native functions to a module.
pub fn add_functions(
    vm: &Vm,
    module: &Value,
    functions: &[(&'static str, crate::types::type_object::NativeFn)],
) {
    for (name, f) in functions {
        let func = vm.new_builtin(
            name,
            *f,
            crate::types::type_object::MethodKind::Static,
            None,
        );
        vm.module_set(module, name, func);
    }
}
