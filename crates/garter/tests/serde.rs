//! The `serde` feature: any `Serialize`/`Deserialize` type to and from
//! Python values.
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use garter::serde::{from_value, to_value, Serde};
use garter::Interpreter;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
enum Action {
    Allow,
    Deny(String),
    Limit { per_minute: u32 },
    Pair(i8, bool),
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Unit;

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Meters(f64);

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Config {
    name: String,
    enabled: bool,
    retries: Option<u8>,
    ratio: f32,
    tags: Vec<String>,
    limits: BTreeMap<String, i64>,
    actions: Vec<Action>,
    point: (i32, i32),
    raw: Vec<u8>,
    unit: Unit,
    distance: Meters,
    big: u128,
}

fn sample() -> Config {
    Config {
        name: "edge".into(),
        enabled: true,
        retries: None,
        ratio: 0.5,
        tags: vec!["a".into(), "b".into()],
        limits: [("cpu".to_string(), 4), ("mem".to_string(), -1)].into(),
        actions: vec![
            Action::Allow,
            Action::Deny("spam".into()),
            Action::Limit { per_minute: 60 },
            Action::Pair(-1, false),
        ],
        point: (3, -4),
        raw: vec![1, 2],
        unit: Unit,
        distance: Meters(1.5),
        big: u128::MAX,
    }
}

#[test]
fn structs_become_dicts_and_come_back() {
    let interp = Interpreter::new();
    interp.set("cfg", Serde(sample())).unwrap();
    let checks = [
        "cfg['name'] == 'edge' and cfg['enabled'] is True",
        "cfg['retries'] is None and cfg['ratio'] == 0.5",
        "cfg['tags'] == ['a', 'b']",
        "cfg['limits'] == {'cpu': 4, 'mem': -1}",
        "cfg['actions'] == ['Allow', {'Deny': 'spam'}, {'Limit': {'per_minute': 60}}, {'Pair': (-1, False)}]",
        "cfg['point'] == (3, -4)",
        "cfg['unit'] is None and cfg['distance'] == 1.5",
        "cfg['big'] == 2**128 - 1",
    ];
    for check in checks {
        assert!(interp.eval::<bool>(check).unwrap(), "{check}");
    }
    let Serde(back): Serde<Config> = interp.get("cfg").unwrap();
    assert_eq!(back, sample());
}

#[test]
fn python_written_values_deserialize() {
    let interp = Interpreter::new();
    let source = "{'name': 'x', 'enabled': False, 'retries': 3, 'ratio': 1, 'tags': ('t',), \
        'limits': {}, 'actions': [{'Deny': 'no'}], 'point': [1, 2], 'raw': b'\\x07', \
        'unit': None, 'distance': 2, 'big': 5}";
    let Serde(cfg): Serde<Config> = interp.eval(source).unwrap();
    assert_eq!(cfg.retries, Some(3));
    assert_eq!(cfg.tags, ["t"]);
    assert_eq!(cfg.actions, [Action::Deny("no".into())]);
    assert_eq!(cfg.raw, [7]);
    assert_eq!(cfg.ratio, 1.0);
}

#[test]
fn failures_raise_type_and_value_errors() {
    let interp = Interpreter::new();
    let err = interp.eval::<Serde<Action>>("3").unwrap_err();
    assert_eq!(err.type_name(), "TypeError");
    let err = interp.eval::<Serde<Action>>("'Other'").unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
    assert!(err.message().contains("unknown variant `Other`"));
    let err = interp.eval::<Serde<u8>>("300").unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
    let err = interp.eval::<Serde<Config>>("{'name': 'x'}").unwrap_err();
    assert_eq!(err.to_string(), "ValueError: missing field `enabled`");
    let err = interp.eval::<Serde<Vec<i32>>>("object()").unwrap_err();
    assert_eq!(
        err.to_string(),
        "TypeError: cannot deserialize a value of type 'object'"
    );
}

#[test]
fn free_functions_convert_with_a_vm() {
    let interp = Interpreter::new();
    let vm = interp.vm();
    let Ok(v) = to_value(vm, &vec![Some(1), None]) else {
        panic!("to_value failed");
    };
    let Ok(back) = from_value::<Vec<Option<i32>>>(vm, &v) else {
        panic!("from_value failed");
    };
    assert_eq!(back, [Some(1), None]);
}
