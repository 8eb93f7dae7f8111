//! Unit tests of `str`'s methods through the object model: each case
//! calls a method and compares the repr of its result, or the exception
//! it raises, with python3's answer (recorded in `cases.rs` by
//! `generate.py`).

mod cases;

use num_bigint::BigInt;

use crate::args::Args;
use crate::error::PyResult;
use crate::types::dict::{dict_table, set_item, DictTable};
use crate::value::Value;
use crate::Vm;

/// A Python literal a case passes as an argument.
#[derive(Clone, Copy)]
pub enum Lit {
    N,
    B(bool),
    I(i64),
    Big(&'static str),
    F(f64),
    S(&'static str),
    T(&'static [Lit]),
    L(&'static [Lit]),
    D(&'static [(Lit, Lit)]),
}

/// One call: `receiver.method(*args)` (`str.method(*args)` without a
/// receiver) and python3's repr of the result or "Error: message".
pub struct Case {
    pub receiver: Option<&'static str>,
    pub method: &'static str,
    pub args: &'static [Lit],
    pub expected: &'static str,
}

fn build(vm: &Vm, lit: &Lit) -> Value {
    match lit {
        Lit::N => Value::None,
        Lit::B(b) => Value::Bool(*b),
        Lit::I(i) => Value::Int(*i),
        Lit::Big(text) => Value::from_bigint(vm, text.parse::<BigInt>().unwrap_or_default()),
        Lit::F(f) => Value::Float(*f),
        Lit::S(s) => vm.new_str(s.to_string()),
        Lit::T(items) => vm.new_tuple(items.iter().map(|x| build(vm, x)).collect()),
        Lit::L(items) => vm.new_list(items.iter().map(|x| build(vm, x)).collect()),
        Lit::D(pairs) => {
            let d = vm.new_dict(DictTable::new());
            if let Some(table) = dict_table(&d) {
                for (k, v) in pairs.iter() {
                    let key = build(vm, k);
                    let value = build(vm, v);
                    assert!(set_item(vm, table, key, value).is_ok());
                }
            }
            d
        }
    }
}

/// The repr of a result, or "ExceptionName: message".
pub fn outcome(vm: &Vm, result: PyResult<Value>) -> String {
    match result {
        Ok(v) => vm
            .repr_string(&v)
            .unwrap_or_else(|_| "<repr failed>".to_string()),
        Err(e) => format!(
            "{}: {}",
            vm.type_name_of(&e.value()),
            vm.str_string(&e.value())
                .unwrap_or_else(|_| "<str failed>".to_string())
        ),
    }
}

fn run(vm: &Vm, case: &Case) -> String {
    let args: Vec<Value> = case.args.iter().map(|a| build(vm, a)).collect();
    let result = match case.receiver {
        Some(text) => vm.call_method(&vm.new_str(text.to_string()), case.method, &args),
        None => vm
            .get_attr(&Value::Obj(vm.types.str.clone()), &vm.intern(case.method))
            .and_then(|f| vm.call(&f, Args::positional(&args))),
    };
    outcome(vm, result)
}

#[test]
fn str_methods_match_python() {
    let vm = Vm::new();
    let failures: Vec<String> = cases::CASES
        .iter()
        .filter_map(|case| {
            let got = run(&vm, case);
            (got != case.expected).then(|| {
                format!(
                    "{:?}.{}({} args): expected {}, got {}",
                    case.receiver,
                    case.method,
                    case.args.len(),
                    case.expected,
                    got
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn character_offsets_of_non_ascii_strings() {
    use crate::types::str::PyStr;
    let text: String = (0..100)
        .map(|i| if i % 3 == 0 { 'é' } else { 'a' })
        .collect();
    let s = PyStr::new(text.clone());
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        assert_eq!(s.char_at(i), Some(*c));
    }
    assert_eq!(s.char_at(100), None);
    assert_eq!(s.byte_offset(100), Some(text.len()));
    assert_eq!(s.byte_offset(101), None);
    let expected: String = chars[31..65].iter().collect();
    assert_eq!(s.substring(31, 65), expected);
    assert_eq!(s.substring(90, 200), chars[90..].iter().collect::<String>());
    assert_eq!(s.substring(50, 40), "");
    let ascii = PyStr::new("hello");
    assert_eq!((ascii.char_at(4), ascii.substring(1, 3)), (Some('o'), "el"));
}

#[test]
fn texts_on_both_sides_of_the_inline_limit() {
    use crate::types::str::PyStr;
    for n in [0, 1, 30, 61, 62, 63, 64, 200] {
        let ascii = "x".repeat(n);
        let s = PyStr::new(ascii.as_str());
        assert_eq!(
            (s.as_str(), s.char_len(), s.is_ascii()),
            (ascii.as_str(), n, true)
        );
        let wide: String = (0..n).map(|i| if i % 2 == 0 { 'é' } else { 'b' }).collect();
        let w = PyStr::new(wide.clone());
        assert_eq!((w.as_str(), w.char_len()), (wide.as_str(), n));
        for (i, c) in wide.chars().enumerate() {
            assert_eq!(w.char_at(i), Some(c));
        }
        assert_eq!(w.byte_offset(n), Some(wide.len()));
        assert_eq!(w.cached_hash(|t| t.len() as i64 + 7), wide.len() as i64 + 7);
        assert_eq!(w.cached_hash(|_| 0), wide.len() as i64 + 7);
    }
}
