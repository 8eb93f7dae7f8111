//! Tests of the PEP 688 buffer protocol (`__buffer__` /
//! `__release_buffer__`, a Python 3.12 feature, so python3 3.11 cannot
//! give expected output): a class whose methods are native functions
//! stands in for a Python class. Expected values are reasoned from
//! CPython 3.12's `slot_bf_getbuffer` / `releasebuffer_call_python`.

use std::cell::RefCell;

use crate::types::dict::DictTable;
use crate::types::type_object::MethodKind;
use crate::value::Value;
use crate::{Args, PyErr, PyResult, Vm};

thread_local! {
    /// What the test methods saw: flags passed to `__buffer__`, and
    /// whether `__release_buffer__` got the view `__buffer__` returned.
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(entry: String) {
    LOG.with(|l| l.borrow_mut().push(entry));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

fn builtin(vm: &Vm, name: &str) -> Value {
    vm.get_item(&Value::Obj(vm.builtins.clone()), &vm.intern(name))
        .unwrap_or(Value::None)
}

fn call(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    vm.call(&builtin(vm, name), Args::positional(args))
}

fn describe(vm: &Vm, e: &PyErr) -> String {
    let v = e.value();
    format!(
        "{} {}",
        vm.type_name_of(&v),
        vm.str_string(&v).unwrap_or_default()
    )
}

/// `__buffer__(self, flags)`: a memoryview of `self.data`, remembered as
/// `self.last`.
fn buffer_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    log(format!(
        "buffer {}",
        vm.repr_string(&args.values[1]).unwrap_or_default()
    ));
    let data = vm.get_attr(this, &vm.intern("data"))?;
    let view = call(vm, "memoryview", &[data])?;
    vm.set_attr(this, &vm.intern("last"), view.clone())?;
    Ok(view)
}

/// `__release_buffer__(self, view)`: logs whether `view is self.last`,
/// then releases the view (allowed: its export was given back first).
fn release_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let last = vm.get_attr(&args.values[0], &vm.intern("last"))?;
    log(format!("release same={}", last.is(&args.values[1])));
    vm.call_method(&args.values[1], "release", &[])?;
    Ok(Value::None)
}

/// `__buffer__` returning something that is not a memoryview.
fn bad_buffer_method(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

/// A class `name` with the given native methods.
fn make_class(
    vm: &Vm,
    name: &str,
    methods: &[(&'static str, crate::types::type_object::NativeFn)],
) -> Value {
    let mut table = DictTable::new();
    for (n, f) in methods {
        let func = vm.new_builtin(n, *f, MethodKind::Method, None);
        table.set_str(vm.intern(n), func);
    }
    let ns = vm.new_dict(table);
    let bases = vm.new_tuple(vec![builtin(vm, "object")]);
    call(vm, "type", &[vm.intern(name), bases, ns]).unwrap_or(Value::None)
}

/// An exporter instance holding `bytearray(data)`.
fn exporter(vm: &Vm, data: &[u8]) -> (Value, Value) {
    let cls = make_class(
        vm,
        "Exporter",
        &[
            ("__buffer__", buffer_method),
            ("__release_buffer__", release_method),
        ],
    );
    let obj = vm.call(&cls, Args::positional(&[])).unwrap_or(Value::None);
    let store = crate::types::bytes::new_bytearray(vm, data.to_vec());
    vm.set_attr(&obj, &vm.intern("data"), store.clone())
        .unwrap_or(());
    (obj, store)
}

fn repr(vm: &Vm, v: &PyResult<Value>) -> String {
    match v {
        Ok(v) => vm.repr_string(v).unwrap_or_default(),
        Err(e) => describe(vm, e),
    }
}

#[test]
fn memoryview_of_an_exporter_reads_and_writes_its_memory() {
    let vm = Vm::new();
    take_log();
    let (obj, store) = exporter(&vm, b"abc");
    let view = call(&vm, "memoryview", std::slice::from_ref(&obj));
    assert_eq!(take_log(), vec!["buffer 284".to_string()]);
    let Ok(view) = view else {
        panic!("memoryview failed: {}", repr(&vm, &view));
    };
    let owner = vm.get_attr(&view, &vm.intern("obj"));
    assert!(owner.as_ref().is_ok_and(|o| o.is(&obj)));
    assert_eq!(
        repr(&vm, &vm.call_method(&view, "tolist", &[])),
        "[97, 98, 99]"
    );
    let set = vm.set_item(&view, &Value::Int(0), Value::Int(65));
    assert!(set.is_ok());
    assert_eq!(repr(&vm, &Ok(store.clone())), "bytearray(b'Abc')");
    let resized = vm.call_method(&store, "append", &[Value::Int(1)]);
    assert_eq!(
        repr(&vm, &resized),
        "BufferError Existing exports of data: object cannot be re-sized"
    );
    assert!(vm.call_method(&view, "release", &[]).is_ok());
    assert_eq!(take_log(), vec!["release same=true".to_string()]);
    let resized = vm.call_method(&store, "append", &[Value::Int(33)]);
    assert!(resized.is_ok());
    assert_eq!(repr(&vm, &Ok(store)), "bytearray(b'Abc!')");
}

#[test]
fn bytes_like_consumers_accept_an_exporter_and_release_it() {
    let vm = Vm::new();
    take_log();
    let (obj, _) = exporter(&vm, b"xy");
    assert_eq!(
        repr(&vm, &call(&vm, "bytes", std::slice::from_ref(&obj))),
        "b'xy'"
    );
    assert_eq!(
        take_log(),
        vec!["buffer 284".to_string(), "release same=true".to_string()]
    );
    let joined = vm.call_method(
        &crate::types::bytes::new_bytes(&vm, b"-".to_vec()),
        "join",
        &[vm.new_list(vec![obj.clone(), obj.clone()])],
    );
    assert_eq!(repr(&vm, &joined), "b'xy-xy'");
    let sum = vm.binary_op(
        &crate::types::bytes::new_bytes(&vm, b"<".to_vec()),
        &obj,
        crate::dunder::BinOp::Add,
    );
    assert_eq!(repr(&vm, &sum), "b'<xy'");
    let n = vm.call_method(
        &builtin(&vm, "int"),
        "from_bytes",
        &[obj.clone(), vm.intern("big")],
    );
    assert_eq!(repr(&vm, &n), "30841");
    let ba = call(&vm, "bytearray", &[obj]);
    assert_eq!(repr(&vm, &ba), "bytearray(b'xy')");
    let log = take_log();
    assert_eq!(log.iter().filter(|l| l.starts_with("buffer")).count(), 5);
    assert!(log
        .iter()
        .filter(|l| l.starts_with("release"))
        .all(|l| l == "release same=true"));
    assert_eq!(log.len(), 10);
}

#[test]
fn buffer_must_return_a_memoryview() {
    let vm = Vm::new();
    let cls = make_class(&vm, "Bad", &[("__buffer__", bad_buffer_method)]);
    let obj = vm.call(&cls, Args::positional(&[])).unwrap_or(Value::None);
    assert_eq!(
        repr(&vm, &call(&vm, "memoryview", std::slice::from_ref(&obj))),
        "TypeError __buffer__ returned non-memoryview object"
    );
    assert_eq!(
        repr(&vm, &call(&vm, "bytes", &[obj])),
        "TypeError __buffer__ returned non-memoryview object"
    );
}

#[test]
fn a_class_without_buffer_is_not_bytes_like() {
    let vm = Vm::new();
    let cls = make_class(&vm, "Plain", &[]);
    let obj = vm.call(&cls, Args::positional(&[])).unwrap_or(Value::None);
    assert_eq!(
        repr(&vm, &call(&vm, "memoryview", &[obj])),
        "TypeError memoryview: a bytes-like object is required, not 'Plain'"
    );
}

#[test]
fn the_returned_view_cannot_be_released_while_exported() {
    let vm = Vm::new();
    take_log();
    let (obj, _) = exporter(&vm, b"q");
    let outer = call(&vm, "memoryview", std::slice::from_ref(&obj)).unwrap_or(Value::None);
    let inner = vm.get_attr(&obj, &vm.intern("last")).unwrap_or(Value::None);
    assert_eq!(
        repr(&vm, &vm.call_method(&inner, "release", &[])),
        "BufferError memoryview has 1 exported buffer"
    );
    assert!(vm.call_method(&outer, "release", &[]).is_ok());
    assert!(vm.call_method(&inner, "release", &[]).is_ok());
    take_log();
}

/// `__buffer__` of a bytes subclass: a view of `b"override"`.
fn override_buffer(vm: &Vm, _args: Args) -> PyResult<Value> {
    let data = crate::types::bytes::new_bytes(vm, b"override".to_vec());
    call(vm, "memoryview", &[data])
}

#[test]
fn a_subclass_buffer_method_overrides_the_builtin_buffer() {
    let vm = Vm::new();
    let mut table = DictTable::new();
    let func = vm.new_builtin("__buffer__", override_buffer, MethodKind::Method, None);
    table.set_str(vm.intern("__buffer__"), func);
    let ns = vm.new_dict(table);
    let bases = vm.new_tuple(vec![builtin(&vm, "bytes")]);
    let cls = call(&vm, "type", &[vm.intern("B"), bases, ns]).unwrap_or(Value::None);
    let raw = crate::types::bytes::new_bytes(&vm, b"raw".to_vec());
    let obj = vm
        .call(&cls, Args::positional(&[raw]))
        .unwrap_or(Value::None);
    let view = call(&vm, "memoryview", std::slice::from_ref(&obj));
    let bytes = view.and_then(|v| vm.call_method(&v, "tobytes", &[]));
    assert_eq!(repr(&vm, &bytes), "b'override'");
    let joined = vm.call_method(
        &crate::types::bytes::new_bytes(&vm, Vec::new()),
        "join",
        &[vm.new_list(vec![obj])],
    );
    assert_eq!(repr(&vm, &joined), "b'override'");
}

#[test]
fn leaving_a_with_block_releases_the_exporter() {
    let vm = Vm::new();
    take_log();
    let (obj, store) = exporter(&vm, b"w");
    let view = call(&vm, "memoryview", std::slice::from_ref(&obj)).unwrap_or(Value::None);
    let entered = vm.call_method(&view, "__enter__", &[]);
    assert!(entered.is_ok_and(|v| v.is(&view)));
    let none = [Value::None, Value::None, Value::None];
    assert!(vm.call_method(&view, "__exit__", &none).is_ok());
    assert_eq!(
        take_log(),
        vec!["buffer 284".to_string(), "release same=true".to_string()]
    );
    assert!(vm.call_method(&store, "append", &[Value::Int(1)]).is_ok());
    assert_eq!(
        repr(&vm, &vm.call_method(&view, "tobytes", &[])),
        "ValueError operation forbidden on released memoryview object"
    );
}

#[test]
fn a_freed_view_gives_back_its_exports_and_queues_its_release() {
    let vm = Vm::new();
    take_log();
    let (obj, store) = exporter(&vm, b"f");
    let view = call(&vm, "memoryview", std::slice::from_ref(&obj)).unwrap_or(Value::None);
    drop(view);
    // Drop cannot run Python code: the call waits for the check point.
    assert_eq!(take_log(), vec!["buffer 284".to_string()]);
    assert!(vm.pending_releases.waiting());
    vm.run_pending_releases();
    assert_eq!(take_log(), vec!["release same=true".to_string()]);
    assert!(!vm.pending_releases.waiting());
    vm.run_pending_releases();
    assert!(take_log().is_empty());
    assert!(vm.call_method(&store, "append", &[Value::Int(1)]).is_ok());
}

#[test]
fn a_view_shared_by_slices_is_released_when_the_last_one_goes() {
    let vm = Vm::new();
    take_log();
    let (obj, _store) = exporter(&vm, b"abcd");
    let view = call(&vm, "memoryview", std::slice::from_ref(&obj)).unwrap_or(Value::None);
    let slice = vm.call_method(
        &view,
        "__getitem__",
        &[call(&vm, "slice", &[Value::Int(1), Value::Int(3)]).unwrap_or(Value::None)],
    );
    assert!(slice.is_ok());
    drop(view);
    vm.run_pending_releases();
    assert_eq!(take_log(), vec!["buffer 284".to_string()]);
    drop(slice);
    vm.run_pending_releases();
    assert_eq!(take_log(), vec!["release same=true".to_string()]);
}

#[test]
fn an_explicitly_released_view_is_not_released_again_when_dropped() {
    let vm = Vm::new();
    take_log();
    let (obj, _store) = exporter(&vm, b"x");
    let view = call(&vm, "memoryview", std::slice::from_ref(&obj)).unwrap_or(Value::None);
    assert!(vm.call_method(&view, "release", &[]).is_ok());
    drop(view);
    assert!(!vm.pending_releases.waiting());
    vm.run_pending_releases();
    assert_eq!(
        take_log(),
        vec!["buffer 284".to_string(), "release same=true".to_string()]
    );
}

/// `__release_buffer__(self, view)` logging the length of the view.
fn release_len_method(vm: &Vm, args: Args) -> PyResult<Value> {
    log(format!("release len={}", vm.len(&args.values[1])?));
    Ok(Value::None)
}

#[test]
fn dropped_views_are_released_in_the_order_they_were_dropped() {
    let vm = Vm::new();
    take_log();
    let cls = make_class(
        &vm,
        "LenExporter",
        &[
            ("__buffer__", buffer_method),
            ("__release_buffer__", release_len_method),
        ],
    );
    let mut views = Vec::new();
    for data in [&b"1"[..], b"22", b"333"] {
        let obj = vm.call(&cls, Args::positional(&[])).unwrap_or(Value::None);
        let store = crate::types::bytes::new_bytearray(&vm, data.to_vec());
        vm.set_attr(&obj, &vm.intern("data"), store).unwrap_or(());
        views.push(call(&vm, "memoryview", std::slice::from_ref(&obj)).unwrap_or(Value::None));
    }
    take_log();
    let third = views.pop();
    let second = views.pop();
    drop(second);
    drop(views);
    drop(third);
    vm.run_pending_releases();
    assert_eq!(
        take_log(),
        vec![
            "release len=2".to_string(),
            "release len=1".to_string(),
            "release len=3".to_string()
        ]
    );
}
