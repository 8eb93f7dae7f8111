//! Making the builtin types: bare type objects first (they are needed to
//! make anything else), then the record of their methods, which become
//! objects when each type is first used (`types/lazy_namespace.rs`).
//!
//! To add a builtin type: add a field to [`BuiltinTypes`], make it in
//! [`make_types`], and list its method and attribute tables in
//! [`fill_types`].

use std::rc::Rc;

use crate::object::{Object, Payload};
use crate::types;
use crate::types::dict::DictTable;
use crate::types::exception::ExceptionTypes;
use crate::types::lazy_namespace::LazyNamespace;
use crate::types::type_object::{full_mro, GetSetDef, Layout, MethodDef, TypeData};
use crate::value::{ObjRef, Value};
use crate::Vm;

macro_rules! builtin_types {
    ($($field:ident,)*) => {
        /// The builtin types of one interpreter.
        pub struct BuiltinTypes {
            $(pub $field: ObjRef,)*
        }

        impl BuiltinTypes {
            /// Every builtin type, for filling the caches.
            pub fn all(&self) -> Vec<&ObjRef> {
                vec![$(&self.$field,)*]
            }
        }
    };
}

builtin_types! {
    object, type_, none_type, not_implemented_type, ellipsis_type, bool, int, float, complex,
    str, tuple, list, dict, range, slice, function, builtin_function, method_descriptor, wrapper_descriptor, method, property,
    staticmethod, classmethod, super_, module, cell, getset_descriptor, member_descriptor,
    traceback, mappingproxy, list_iterator, list_reverseiterator, tuple_iterator,
    range_iterator, str_ascii_iterator, str_iterator, dict_keyiterator, dict_valueiterator,
    dict_itemiterator, dict_reversekeyiterator, dict_reversevalueiterator,
    dict_reverseitemiterator, enumerate, zip, map, filter, reversed, callable_iterator,
    iterator, dict_keys, dict_values, dict_items, text_stream, frame, code, quitter,
    generic_alias, union_type, set, frozenset, set_iterator, longrange_iterator, bytes, bytearray,
    bytes_iterator, bytearray_iterator, memoryview, memory_iterator, array, array_iterator,
}

/// A type object made before the type machinery is complete.
fn bare_type(
    name: impl Into<std::borrow::Cow<'static, str>>,
    base: Option<&ObjRef>,
    layout: Layout,
    basetype: bool,
) -> ObjRef {
    let instance_dict = matches!(layout, Layout::Exception | Layout::Function);
    let mro_rest = base.map(full_mro).unwrap_or_default();
    let bases = base.cloned().into_iter().collect();
    let t = Rc::new(Object {
        class: crate::object::ClassSlot::new(None),
        extra: None,
        payload: Payload::Type(Box::new(TypeData {
            basetype,
            instance_dict,
            ..TypeData::new(name, bases, mro_rest, DictTable::new(), layout)
        })),
    });
    if let Some(b) = base.and_then(|b| b.as_type()) {
        b.subclasses.borrow_mut().push(Rc::downgrade(&t));
    }
    t
}

/// Makes every builtin type and exception class, without methods.
pub fn make_types() -> (BuiltinTypes, ExceptionTypes) {
    let object = bare_type("object", None, Layout::Object, true);
    let o = Some(&object);
    let int = bare_type("int", o, Layout::Int, true);
    let plain = |name: &'static str| bare_type(name, Some(&object), Layout::Other, false);
    let iter = |name: &'static str| bare_type(name, Some(&object), Layout::Other, false);
    let types = BuiltinTypes {
        type_: bare_type("type", o, Layout::Type, true),
        none_type: plain("NoneType"),
        not_implemented_type: plain("NotImplementedType"),
        ellipsis_type: plain("ellipsis"),
        bool: bare_type("bool", Some(&int), Layout::Int, false),
        float: bare_type("float", o, Layout::Float, true),
        complex: bare_type("complex", o, Layout::Complex, true),
        str: bare_type("str", o, Layout::Str, true),
        tuple: bare_type("tuple", o, Layout::Tuple, true),
        list: bare_type("list", o, Layout::List, true),
        dict: bare_type("dict", o, Layout::Dict, true),
        range: plain("range"),
        slice: plain("slice"),
        function: bare_type("function", o, Layout::Function, false),
        builtin_function: plain("builtin_function_or_method"),
        method_descriptor: plain("method_descriptor"),
        wrapper_descriptor: plain("wrapper_descriptor"),
        method: plain("method"),
        property: bare_type("property", o, Layout::Property, true),
        staticmethod: bare_type("staticmethod", o, Layout::Other, true),
        classmethod: bare_type("classmethod", o, Layout::Other, true),
        super_: bare_type("super", o, Layout::Other, true),
        module: bare_type("module", o, Layout::Module, true),
        cell: plain("cell"),
        getset_descriptor: plain("getset_descriptor"),
        member_descriptor: plain("member_descriptor"),
        traceback: plain("traceback"),
        mappingproxy: plain("mappingproxy"),
        list_iterator: iter("list_iterator"),
        list_reverseiterator: iter("list_reverseiterator"),
        tuple_iterator: iter("tuple_iterator"),
        range_iterator: iter("range_iterator"),
        str_ascii_iterator: iter("str_ascii_iterator"),
        str_iterator: iter("str_iterator"),
        dict_keyiterator: iter("dict_keyiterator"),
        dict_valueiterator: iter("dict_valueiterator"),
        dict_itemiterator: iter("dict_itemiterator"),
        dict_reversekeyiterator: iter("dict_reversekeyiterator"),
        dict_reversevalueiterator: iter("dict_reversevalueiterator"),
        dict_reverseitemiterator: iter("dict_reverseitemiterator"),
        enumerate: bare_type("enumerate", o, Layout::Other, true),
        zip: bare_type("zip", o, Layout::Other, true),
        map: bare_type("map", o, Layout::Other, true),
        filter: bare_type("filter", o, Layout::Other, true),
        reversed: bare_type("reversed", o, Layout::Other, true),
        callable_iterator: iter("callable_iterator"),
        iterator: iter("iterator"),
        dict_keys: plain("dict_keys"),
        dict_values: plain("dict_values"),
        dict_items: plain("dict_items"),
        text_stream: plain("TextIOWrapper"),
        frame: plain("frame"),
        code: plain("code"),
        quitter: plain("Quitter"),
        generic_alias: plain("GenericAlias"),
        union_type: plain("UnionType"),
        set: bare_type("set", o, Layout::Other, true),
        frozenset: bare_type("frozenset", o, Layout::Other, true),
        set_iterator: iter("set_iterator"),
        longrange_iterator: iter("longrange_iterator"),
        bytes: bare_type("bytes", o, Layout::Other, true),
        bytearray: bare_type("bytearray", o, Layout::Other, true),
        bytes_iterator: iter("bytes_iterator"),
        bytearray_iterator: iter("bytearray_iterator"),
        memoryview: plain("memoryview"),
        memory_iterator: iter("memory_iterator"),
        array: bare_type("array.array", o, Layout::Other, true),
        array_iterator: iter("array.arrayiterator"),
        int,
        object,
    };
    let root = bare_type(
        "BaseException",
        Some(&types.object),
        Layout::Exception,
        true,
    );
    let mut make =
        |name: &'static str, base: &ObjRef| bare_type(name, Some(base), Layout::Exception, true);
    let exc = ExceptionTypes::new(&mut make, root);
    (types, exc)
}

/// Records every builtin type's methods, made when the type is first used.
pub fn fill_types(vm: &Vm) {
    let t = &vm.types;
    let tables: Vec<(&ObjRef, &'static [MethodDef], &'static [GetSetDef])> = vec![
        (&t.object, types::object::METHODS, types::object::GETSETS),
        (
            &t.type_,
            types::type_type::METHODS,
            types::type_type::GETSETS,
        ),
        (
            &t.function,
            types::function::FUNCTION_METHODS,
            types::function::FUNCTION_GETSETS,
        ),
        (
            &t.builtin_function,
            types::function::BUILTIN_METHODS,
            types::function::BUILTIN_GETSETS,
        ),
        (
            &t.method_descriptor,
            types::function::BUILTIN_METHODS,
            types::function::BUILTIN_GETSETS,
        ),
        (
            &t.wrapper_descriptor,
            types::function::BUILTIN_METHODS,
            types::function::BUILTIN_GETSETS,
        ),
        (
            &t.method,
            types::function::METHOD_METHODS,
            types::function::METHOD_GETSETS,
        ),
        (&t.none_type, types::none::METHODS, &[]),
        (
            &t.not_implemented_type,
            types::none::NOT_IMPLEMENTED_METHODS,
            &[],
        ),
        (&t.ellipsis_type, types::none::ELLIPSIS_METHODS, &[]),
        (&t.int, types::int::METHODS, types::int::GETSETS),
        (&t.bool, types::bool::METHODS, &[]),
        (&t.float, types::float::METHODS, types::float::GETSETS),
        (&t.complex, types::complex::METHODS, types::complex::GETSETS),
        (&t.str, types::str_methods::METHODS, &[]),
        (&t.str, types::str_text::METHODS, &[]),
        (&t.str, types::str_search::METHODS, &[]),
        (&t.str, types::str_translate::METHODS, &[]),
        (&t.str, types::str_format::METHODS, &[]),
        (&t.str, types::str_percent::METHODS, &[]),
        (&t.tuple, types::tuple::METHODS, &[]),
        (&t.list, types::list::METHODS, &[]),
        (&t.dict, types::dict_methods::METHODS, &[]),
        (&t.range, types::range::METHODS, types::range::GETSETS),
        (&t.slice, types::slice::METHODS, types::slice::GETSETS),
        (
            &t.property,
            types::property::METHODS,
            types::property::GETSETS,
        ),
        (
            &t.staticmethod,
            types::property::STATICMETHOD_METHODS,
            types::property::WRAPPER_GETSETS,
        ),
        (
            &t.classmethod,
            types::property::CLASSMETHOD_METHODS,
            types::property::WRAPPER_GETSETS,
        ),
        (&t.super_, types::super_::METHODS, types::super_::GETSETS),
        (&t.module, types::module::METHODS, types::module::GETSETS),
        (&t.getset_descriptor, types::descriptor::METHODS, &[]),
        (&t.cell, &[], types::cell::GETSETS),
        (&t.member_descriptor, types::descriptor::METHODS, &[]),
        (
            &t.dict_keys,
            types::dict_views::METHODS,
            types::dict_views::GETSETS,
        ),
        (&t.dict_keys, types::dict_views::SET_VIEW_METHODS, &[]),
        (
            &t.dict_values,
            types::dict_views::METHODS,
            types::dict_views::GETSETS,
        ),
        (
            &t.dict_items,
            types::dict_views::METHODS,
            types::dict_views::GETSETS,
        ),
        (&t.dict_items, types::dict_views::SET_VIEW_METHODS, &[]),
        (
            &t.text_stream,
            crate::modules::sys::STREAM_METHODS,
            crate::modules::sys::STREAM_GETSETS,
        ),
        (&t.set, types::set_tables::SET_TABLE, &[]),
        (&t.set, types::set_tables::SET_CHECKED, &[]),
        (&t.frozenset, types::set_tables::FROZENSET_TABLE, &[]),
        (&t.frozenset, types::set_tables::FROZENSET_CHECKED, &[]),
        (
            &vm.exc.base_exception,
            types::exception::EXCEPTION_METHODS,
            types::exception::EXCEPTION_GETSETS,
        ),
    ];
    for (cls, methods, getsets) in tables {
        record_tables(vm, cls, methods, getsets);
    }
    for (cls, methods) in types::bytes::method_tables(vm) {
        record_tables(vm, cls, methods, &[]);
    }
    for methods in [
        types::memoryview::METHODS,
        types::memoryview_index::METHODS,
        types::memoryview_cast::METHODS,
    ] {
        record_tables(vm, &t.memoryview, methods, &[]);
    }
    record_tables(vm, &t.memoryview, &[], types::memoryview::GETSETS);
    record_tables(vm, &t.memory_iterator, types::iterators::METHODS, &[]);
    record_tables(
        vm,
        &t.array_iterator,
        crate::modules::array::ITERATOR_METHODS,
        &[],
    );
    for (methods, getsets) in crate::modules::array::method_tables() {
        record_tables(vm, &t.array, methods, getsets);
    }
    for (cls, methods, getsets) in types::exception_kinds::kind_tables(vm) {
        record_tables(vm, cls, methods, getsets);
    }
    record_tables(vm, &t.traceback, &[], types::traceback::TRACEBACK_GETSETS);
    for cls in [&t.function, &vm.exc.base_exception] {
        record_tables(vm, cls, &[], types::object::DICT_GETSETS);
    }
    record_tables(
        vm,
        &t.frame,
        types::traceback::FRAME_METHODS,
        types::traceback::FRAME_GETSETS,
    );
    record_tables(
        vm,
        &t.code,
        types::traceback::CODE_METHODS,
        types::traceback::CODE_GETSETS,
    );
    record_tables(vm, &t.mappingproxy, types::mappingproxy::METHODS, &[]);
    record_tables(vm, &t.quitter, crate::builtins::QUITTER_METHODS, &[]);
    record_tables(
        vm,
        &t.generic_alias,
        types::generic_alias::METHODS,
        types::generic_alias::GETSETS,
    );
    record_tables(
        vm,
        &t.union_type,
        types::union_type::METHODS,
        types::union_type::GETSETS,
    );
    for cls in [
        &t.list,
        &t.dict,
        &t.tuple,
        &t.enumerate,
        &vm.exc.base_exception_group,
        &t.set,
        &t.frozenset,
    ] {
        record_tables(vm, cls, types::generic_alias::CLASS_GETITEM, &[]);
    }
    for cls in types::iterators::iterator_types(vm) {
        record_tables(vm, cls, types::iterators::METHODS, &[]);
    }
    for cls in types::iterators::hinted_types(vm) {
        record_tables(vm, cls, types::iterators::LENGTH_HINT_METHODS, &[]);
    }
    for cls in [
        &t.list,
        &t.dict,
        &t.set,
        &t.slice,
        &t.bytearray,
        &t.array,
        &t.dict_keys,
        &t.dict_items,
    ] {
        record(vm, cls, |l| l.add_value("__hash__", Value::None));
    }
}

/// Records additions to a builtin type's namespace, made on first use
/// (`types/lazy_namespace.rs`).
pub fn record(vm: &Vm, cls: &ObjRef, add: impl FnOnce(&mut LazyNamespace)) {
    if let Some(t) = cls.as_type() {
        t.record_lazy(&vm.method_factory, add);
    }
}

/// Records a builtin type's method and attribute tables.
fn record_tables(
    vm: &Vm,
    cls: &ObjRef,
    methods: &'static [MethodDef],
    getsets: &'static [GetSetDef],
) {
    record(vm, cls, |l| l.add_tables(methods, getsets));
}

/// A builtin type made after start-up (by the evaluator or a host): an
/// `object` subclass with the given methods and attributes, made when the
/// type is first used.
pub fn native_type(
    vm: &Vm,
    name: impl Into<std::borrow::Cow<'static, str>>,
    methods: &'static [MethodDef],
    getsets: &'static [GetSetDef],
) -> ObjRef {
    let cls = bare_type(name, Some(&vm.types.object), Layout::Other, false);
    record_tables(vm, &cls, methods, getsets);
    cls
}
