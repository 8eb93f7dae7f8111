//! The builtin types, one file each (`list.rs` is `list`), plus the
//! helpers several of them share (`sequence.rs`, `slice.rs`).

/// Defines the six rich-comparison methods of a type
/// (`fn NAME(vm, args) -> PyResult<Value>`), each calling the type's
/// `COMPARE(vm, args, op)`: `compare_methods! { COMPARE; list_eq, Eq; ... }`,
/// optionally with a visibility before `COMPARE`.
macro_rules! compare_methods {
    ($vis:vis $compare:ident; $($name:ident, $op:ident;)*) => {
        $($vis fn $name(
            vm: &crate::Vm,
            args: crate::Args,
        ) -> crate::PyResult<crate::Value> {
            $compare(vm, args, crate::dunder::CompareOp::$op)
        })*
    };
}
pub(crate) use compare_methods;

pub mod bool;
pub mod bytearray;
pub mod bytes;
pub mod bytes_args;
pub mod bytes_codec;
pub mod bytes_methods;
pub mod bytes_ops;
pub mod bytes_percent;
#[cfg(test)]
mod bytes_tests;
pub mod bytes_text;
pub mod bytes_transform;
pub mod cell;
pub mod class_new;
pub mod complex;
pub mod complex_ops;
pub mod descriptor;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exception;
pub mod exception_group;
pub mod exception_kinds;
pub mod exception_syntax;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod generic_alias;
pub mod host_function;
pub mod int;
pub mod int_args;
pub mod int_methods;
pub mod iterators;
pub mod lazy_namespace;
pub mod list;
pub mod list_merge;
pub mod list_sort;
pub mod mappingproxy;
pub mod memoryview;
pub mod memoryview_cast;
pub mod memoryview_index;
pub mod module;
pub mod none;
pub mod object;
pub mod object_reduce;
pub mod property;
pub mod range;
pub mod sequence;
pub mod set;
pub mod set_algebra;
pub mod set_tables;
pub mod slice;
pub mod str;
pub mod str_args;
pub mod str_format;
pub mod str_format_parse;
pub mod str_methods;
pub mod str_percent;
pub mod str_search;
#[cfg(test)]
mod str_tests;
pub mod str_text;
pub mod str_translate;
pub mod struct_seq;
pub mod super_;
pub mod traceback;
pub mod tuple;
pub mod type_object;
pub mod type_type;
pub mod union_type;

#[cfg(test)]
mod container_tests;
#[cfg(test)]
mod dunder_table_tests;
