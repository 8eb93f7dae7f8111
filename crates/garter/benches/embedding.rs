//! Criterion benchmarks of the embedding API: making an interpreter and
//! evaluating `1 + 1` (and each part alone), and calling a small Python
//! function from Rust. Run with `cargo bench -p garter --features mimalloc`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use garter::{Interpreter, MeteredAllocator, Mimalloc, Value};

/// The allocator the `garter` command runs with (see `garter::Mimalloc`).
#[global_allocator]
static ALLOCATOR: MeteredAllocator<Mimalloc> = MeteredAllocator(Mimalloc);

fn create_and_eval(c: &mut Criterion) {
    c.bench_function("create interpreter + eval 1 + 1", |b| {
        b.iter(|| {
            let interp = Interpreter::new();
            let two: i64 = interp.eval(black_box("1 + 1")).unwrap_or(0);
            black_box(two)
        })
    });
}

fn parts(c: &mut Criterion) {
    c.bench_function("create and drop an interpreter", |b| {
        b.iter(|| black_box(Interpreter::new()))
    });
    let interp = Interpreter::new();
    c.bench_function("eval 1 + 1 in an existing interpreter", |b| {
        b.iter(|| {
            let two: i64 = interp.eval(black_box("1 + 1")).unwrap_or(0);
            black_box(two)
        })
    });
}

fn call_function(c: &mut Criterion) {
    let interp = Interpreter::new();
    let ok = interp.exec("def add(a, b):\n    return a + b\n", "bench.py");
    assert!(ok.is_ok());
    let add: Value = interp.get("add").unwrap_or(Value::None);
    c.bench_function("call a Python function from Rust", |b| {
        b.iter(|| {
            let sum: i64 = interp.call(&add, (black_box(20), 22)).unwrap_or(0);
            black_box(sum)
        })
    });
}

criterion_group!(benches, create_and_eval, parts, call_function);
criterion_main!(benches);
